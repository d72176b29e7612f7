#pragma once
// The desktop client's workbench against a real dxserver, for the workspace tests:
//   ClientBench: a user signed in over HTTP, with a replica and blob store in a temporary
//                directory and a SyncClient (tests/support/clienthelpers.h), for one widget;
//   Desk:        the whole client of one user as dxdesk builds it after sign-in (app/main.cpp):
//                signed in through Session (with the real sign-in dialog, or without it), the
//                replica and blob store in the session's user directory, and the shell
//                (MainWindow) with the role's workspaces (addWorkspaces, app/workspaces.h).
// Desk needs dxworkbench; the tests that only use ClientBench need not link it.

#include <QColor>
#include <QDialog>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QRgb>
#include <QSize>
#include <QString>
#include <QTest>

#include <memory>

#include "app/workspaces.h"
#include "models/client/session.h"
#include "tests/support/clienthelpers.h"
#include "tests/support/httpclient.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/signindialog.h"

namespace dx::test {

/// Writes an image of `size` to `path` in `format` ("PNG", "JPG") and returns the path: a framed
/// page with `text` on it (each text its own file and hash), or with `noise`, random pixels
/// (incompressible: a PNG of 1100×1100 is far above 2048 KB).
inline QString writeImage(const QString &path, QSize size, const char *format,
                          const QString &text = {}, bool noise = false) {
    QImage img(size, QImage::Format_RGB32);
    img.fill(QColor(240, 236, 225));
    if (noise) {
        auto *rng = QRandomGenerator::global();
        for (int y = 0; y < size.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
            for (int x = 0; x < size.width(); ++x) line[x] = rng->generate() | 0xff000000u;
        }
    } else {
        QPainter p(&img);
        p.setPen(Qt::darkBlue);
        p.drawRect(img.rect().adjusted(10, 10, -11, -11));
        p.drawText(img.rect(), Qt::AlignCenter, text);
    }
    if (!img.save(path, format)) qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// A user signed in over HTTP (POST /api/v1/session), with their actor.
struct HttpSignIn {
    HttpClient http;
    QString token;
    Actor actor;

    HttpSignIn(const QString &baseUrl, const QString &username, const QString &password)
        : http(baseUrl) {
        token = http.login(username, password);
        if (token.isEmpty()) qFatal("cannot sign in as %s", qPrintable(username));
        actor = actorFrom(http);
    }
};

/// One installation of the desktop client, signed in as `username`, its data in `dir`.
struct ClientBench : HttpSignIn, LocalClient {
    ClientBench(const QString &baseUrl, const QString &dir, const QString &connection,
                const QString &username, const QString &password)
        : HttpSignIn(baseUrl, username, password),
          LocalClient(dir, connection, actor, baseUrl, token) {}
};

/// Signs in with the client's own sign-in dialog, typed as a user does.
inline SignedIn signInWithDialog(dx::Session &session, const QString &url, const QString &user,
                                 const QString &password) {
    SignInDialog dialog(session, url, false);
    dialog.show();
    dialog.signInAs(user, password);
    for (int i = 0; i < 400 && dialog.result() != QDialog::Accepted; ++i) QTest::qWait(50);
    if (dialog.result() != QDialog::Accepted) qFatal("cannot sign in as %s", qPrintable(user));
    return dialog.signedIn();
}

/// Signs in through Session alone, without the dialog.
inline SignedIn signInQuietly(dx::Session &session, const QString &url, const QString &user,
                              const QString &password) {
    SignedIn who;
    QEventLoop loop;
    session.signIn(url, user, password, [&](Result<SignedIn> r) {
        if (!r) qFatal("sign-in of %s failed: %s", qPrintable(user), qPrintable(r.error().message));
        who = r.value();
        loop.quit();
    });
    loop.exec();
    return who;
}

/// The whole client of one signed-in user: its data in the session's user directory, and the
/// shell with its workspaces, shown.
struct Desk : LocalClient {
    SignedIn who;
    std::unique_ptr<MainWindow> window;

    Desk(dx::Session &session, const SignedIn &signedIn, const QSize &size = QSize(1360, 860))
        : who(signedIn) {
        const QString dir = session.userDir(who.actor.username);
        open(dir, QStringLiteral("desk_") + who.actor.username, who.actor, who.baseUrl, who.token);
        window = std::make_unique<MainWindow>(*wb);
        addWorkspaces(*window, *wb, dir);
        window->resize(size);
        window->show();
    }
    /// Signed in with the real dialog.
    Desk(dx::Session &session, const QString &url, const QString &user, const QString &password)
        : Desk(session, signInWithDialog(session, url, user, password)) {}

    template <typename W>
    W *workspace(const QString &name) const {
        return qobject_cast<W *>(window->workspace(name));
    }
};

}  // namespace dx::test
