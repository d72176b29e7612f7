#include "models/client/session.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSettings>

#include "models/security/passwordhasher.h"

#ifdef DX_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#include <QEventLoop>
#include <QTimer>
#endif

Q_LOGGING_CATEGORY(lcSession, "dx.session")

namespace dx {

namespace {
QString fileSafe(const QString &s) {
    QString out;
    for (const QChar c : s) out += (c.isLetterOrNumber() || c == u'.' || c == u'_') ? c : u'_';
    return out;
}
}  // namespace

Session::Session(QString profileDir, QObject *parent)
    : QObject(parent),
      m_profileDir(std::move(profileDir)),
      m_nam(std::make_unique<QNetworkAccessManager>()) {
    QDir().mkpath(m_profileDir);
}

Session::~Session() = default;

QString Session::userDir(const QString &username) const {
    return QDir(m_profileDir).filePath(QStringLiteral("users/") + fileSafe(username.toLower()));
}

QString Session::lastUser() const {
    return QSettings(QDir(m_profileDir).filePath(QStringLiteral("profile.ini")),
                     QSettings::IniFormat)
        .value(QStringLiteral("last_user"))
        .toString();
}

QString Session::lastServer() const {
    return QSettings(QDir(m_profileDir).filePath(QStringLiteral("profile.ini")),
                     QSettings::IniFormat)
        .value(QStringLiteral("last_server"))
        .toString();
}

void Session::remember(const SignedIn &who, const QString &password) {
    QSettings profile(QDir(m_profileDir).filePath(QStringLiteral("profile.ini")),
                      QSettings::IniFormat);
    profile.setValue(QStringLiteral("last_user"), who.actor.username);
    profile.setValue(QStringLiteral("last_server"), who.baseUrl);
    // The offline verifier: a slow hash of the password, never the password or the token.
    QDir().mkpath(userDir(who.actor.username));
    QSettings user(QDir(userDir(who.actor.username)).filePath(QStringLiteral("user.ini")),
                   QSettings::IniFormat);
    user.setValue(QStringLiteral("verifier"), QString::fromLatin1(PasswordHasher::hash(password)));
    user.setValue(QStringLiteral("user_id"), who.actor.userId);
    user.setValue(QStringLiteral("role"), who.actor.role);
    user.setValue(QStringLiteral("org_id"), who.actor.orgId);
    user.setValue(QStringLiteral("region"), who.actor.region);
    // A sub-account offline keeps the menus it had: the same funnel refuses the others.
    user.setValue(QStringLiteral("sub_account"), who.actor.subAccount);
    user.setValue(QStringLiteral("permissions"), who.actor.permissions.join(u','));
    user.setValue(QStringLiteral("server"), who.baseUrl);
    user.sync();
    QFile::setPermissions(user.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    storeToken(who.actor.username, who.token);
}

namespace {
void writeTokenFile(const QString &path, const QString &token) {
    // Fallback store when no keychain answers (headless machines have no D-Bus secret
    // service): a file readable by this OS user only, inside the profile.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(token.toLatin1());
    f.commit();
}
}  // namespace

void Session::storeToken(const QString &username, const QString &token) {
    const QString file = QDir(userDir(username)).filePath(QStringLiteral("token"));
#ifdef DX_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(QStringLiteral("dxdesk"), this);
    job->setKey(m_profileDir + u'/' + username.toLower());
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [file, token](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            QFile::remove(file);  // the keychain holds it now
        } else {
            qCInfo(lcSession) << "no keychain (" << j->errorString() << "), keeping the token in"
                              << file;
            writeTokenFile(file, token);
        }
    });
    job->start();
#else
    writeTokenFile(file, token);
#endif
}

QString Session::readToken(const QString &username) const {
    QFile file(QDir(userDir(username)).filePath(QStringLiteral("token")));
    if (file.open(QIODevice::ReadOnly)) return QString::fromLatin1(file.readAll());
#ifdef DX_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(QStringLiteral("dxdesk"));
    job.setAutoDelete(false);
    job.setKey(m_profileDir + u'/' + username.toLower());
    QEventLoop loop;
    connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError) return job.textData();
#endif
    return {};
}

Result<SignedIn> Session::unlockOffline(const QString &username, const QString &password) const {
    const QString file = QDir(userDir(username)).filePath(QStringLiteral("user.ini"));
    if (!QFile::exists(file))
        return makeError(
            ErrorCode::Unauthenticated,
            tr("The server cannot be reached, and %1 has not signed in on this computer before.")
                .arg(username));
    QSettings user(file, QSettings::IniFormat);
    if (!PasswordHasher::verify(password,
                                user.value(QStringLiteral("verifier")).toString().toLatin1()))
        return makeError(ErrorCode::BadCredentials, tr("The username or password is wrong."),
                         QStringLiteral("password"));
    SignedIn s;
    s.actor = Actor{user.value(QStringLiteral("user_id")).toString(),
                    username.toLower(),
                    user.value(QStringLiteral("role")).toString(),
                    user.value(QStringLiteral("org_id")).toString(),
                    user.value(QStringLiteral("region")).toString(),
                    {}};
    s.actor.subAccount = user.value(QStringLiteral("sub_account")).toBool();
    s.actor.permissions =
        user.value(QStringLiteral("permissions")).toString().split(u',', Qt::SkipEmptyParts);
    s.baseUrl = user.value(QStringLiteral("server")).toString();
    s.token = readToken(username);
    s.offline = true;
    return s;
}

void Session::signIn(const QString &baseUrl, const QString &username, const QString &password,
                     const Done &done) {
    QNetworkRequest req(QUrl(baseUrl + QStringLiteral("/api/v1/session")));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(15000);
    const QJsonObject body{{QStringLiteral("username"), username},
                           {QStringLiteral("password"), password}};
    QNetworkReply *reply = m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, baseUrl, username, password, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
            if (status == 0) {
                qCInfo(lcSession) << "server unreachable, trying offline unlock:"
                                  << reply->errorString();
                return done(unlockOffline(username, password));
            }
            if (status != 200)
                return done(Error::fromJson(o.value(QStringLiteral("error")).toObject()));
            SignedIn s;
            s.actor = Actor::fromJson(o.value(QStringLiteral("user")).toObject());
            s.baseUrl = baseUrl;
            s.token = o.value(QStringLiteral("token")).toString();
            remember(s, password);
            done(s);
        });
}

void Session::signOut(const SignedIn &who) {
    if (!who.token.isEmpty()) {
        QNetworkRequest req(QUrl(who.baseUrl + QStringLiteral("/api/v1/session")));
        req.setRawHeader("Authorization", "Bearer " + who.token.toLatin1());
        req.setTransferTimeout(10000);  // offline, the token is dropped locally all the same
        QNetworkReply *r = m_nam->deleteResource(req);
        connect(r, &QNetworkReply::finished, r, &QObject::deleteLater);
    }
    QFile::remove(QDir(userDir(who.actor.username)).filePath(QStringLiteral("token")));
#ifdef DX_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(QStringLiteral("dxdesk"), this);
    job->setKey(m_profileDir + u'/' + who.actor.username.toLower());
    job->start();
#endif
}

}  // namespace dx
