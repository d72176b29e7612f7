#pragma once

#include <QObject>
#include <QString>

#include <functional>

#include "models/auth/actor.h"
#include "models/core/result.h"

class QNetworkAccessManager;

namespace dx {

/// What a signed-in (or offline-unlocked) user has: who they are, the server, the token.
struct SignedIn {
    Actor actor;
    QString baseUrl;
    QString token;  ///< empty after an offline unlock until the next online sign-in
    bool offline = false;
};

/// Sign-in for dxdesk: password sign-in against the server; the token kept in the OS keychain
/// through QtKeychain when one is available, else in a 0600 file in the profile directory
/// (headless machines: no D-Bus keychain); offline unlock by the last signed-in user through a
/// locally kept PBKDF2 password verifier; sign-out.
class Session : public QObject {
    Q_OBJECT
public:
    /// `profileDir` holds this profile's replica, blobs and the offline verifier.
    explicit Session(QString profileDir, QObject *parent = nullptr);
    ~Session() override;

    QString profileDir() const { return m_profileDir; }
    QString lastUser() const;
    QString lastServer() const;

    using Done = std::function<void(Result<SignedIn>)>;
    /// Online sign-in. On a network failure, falls back to offline unlock when the same user
    /// signed in here before and the password matches the local verifier.
    void signIn(const QString &baseUrl, const QString &username, const QString &password,
                const Done &done);
    /// Offline unlock only (no network).
    Result<SignedIn> unlockOffline(const QString &username, const QString &password) const;
    void signOut(const SignedIn &who);

    /// After a password change: the offline unlock must take the new password, not the old one.
    void passwordChanged(const SignedIn &who, const QString &password) { remember(who, password); }

    /// The per-user data directory inside the profile (replica + blobs).
    QString userDir(const QString &username) const;

private:
    void remember(const SignedIn &who, const QString &password);
    void storeToken(const QString &username, const QString &token);
    QString readToken(const QString &username) const;

    QString m_profileDir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

}  // namespace dx
