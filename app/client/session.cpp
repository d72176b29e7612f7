#include "session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSettings>

#include "security/passwordhasher.h"

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
    user.setValue(QStringLiteral("server"), who.baseUrl);
    user.sync();
    QFile::setPermissions(user.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    storeToken(who.actor.username, who.token);
}

void Session::storeToken(const QString &username, const QString &token) {
    // Fallback store (QtKeychain needs a D-Bus secret service, absent on headless machines):
    // a file readable by this OS user only, inside the profile.
    QSaveFile f(QDir(userDir(username)).filePath(QStringLiteral("token")));
    if (!f.open(QIODevice::WriteOnly)) return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(token.toLatin1());
    f.commit();
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
    s.baseUrl = user.value(QStringLiteral("server")).toString();
    QFile token(QDir(userDir(username)).filePath(QStringLiteral("token")));
    if (token.open(QIODevice::ReadOnly)) s.token = QString::fromLatin1(token.readAll());
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
            const QJsonObject u = o.value(QStringLiteral("user")).toObject();
            SignedIn s;
            s.actor = Actor{u.value(QStringLiteral("id")).toString(),
                            u.value(QStringLiteral("username")).toString(),
                            u.value(QStringLiteral("role")).toString(),
                            u.value(QStringLiteral("org_id")).toString(),
                            u.value(QStringLiteral("region")).toString(),
                            {}};
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
        QNetworkReply *r = m_nam->deleteResource(req);
        connect(r, &QNetworkReply::finished, r, &QObject::deleteLater);
    }
    QFile::remove(QDir(userDir(who.actor.username)).filePath(QStringLiteral("token")));
}

}  // namespace dx
