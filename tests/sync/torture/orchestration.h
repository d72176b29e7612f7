#pragma once
// The sync torture test's orchestration (tests/sync/test_torture.cpp): the users the agents act
// as, the sync_agent processes (tests/sync/syncagent.cpp) started and SIGKILLed, the server
// SIGKILLed and started again, and the randomized kill loop. What must hold afterwards is in
// invariants.h.

#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

#include "models/auth/actor.h"

class QProcess;

namespace dx::test {
class TestServer;
}

namespace dx::test::torture {

/// A user the agents act as.
struct Person {
    QString label;
    QString username;
    QString password;
    QString mode;  // decide | submit
    QString token;
    QJsonObject user;
    Actor actor;
    QString dir;
    QString log() const { return dir + QStringLiteral("/agent.log"); }
};

/// The last `lines` lines of a text file ("" when it cannot be read).
QString tail(const QString &path, int lines = 40);

/// Where an agent was when it died, from the last lines of its log: the sync step it had
/// started (upload, push, pull, prefetch) and not finished, or between syncs.
QString phaseAtEnd(const QString &log);

/// Signs `p` in: its token, its user (GET /api/v1/me) and its actor.
bool login(const QString &baseUrl, Person &p);

/// Runs the reviewer's and the enterprise's sync_agent processes against `server`, and kills
/// them, or the server, at random points. The server is started again at once after each kill.
class Orchestra {
public:
    Orchestra(TestServer &server, QRandomGenerator &rng, Person &reviewer, Person &enterprise);
    ~Orchestra();

    /// The kill loop: `iterations` iterations, each followed by `between(banner)` (the cheap
    /// invariants). Stops at the first failure; prints what it did at the end.
    void run(int iterations, const std::function<void(const QString &)> &between);

    /// One agent run without actions and without kills: pushes what `p` still holds, pulls,
    /// prefetches. True when the agent exited 0 (its log's end is printed otherwise).
    bool runFinal(Person &p, const QString &banner);

private:
    /// One iteration of the kill loop; `banner` names it in the agents' logs.
    void iteration(int it, int iterations, QString *banner);
    QStringList agentArgs(const Person &p, quint32 seed, int actions) const;
    std::unique_ptr<QProcess> startAgent(const Person &p, quint32 seed, int actions,
                                         const QString &banner,
                                         const QStringList &extra = {}) const;

    TestServer &m_server;
    QRandomGenerator &m_rng;
    Person &m_reviewer;
    Person &m_enterprise;
    QMap<QString, int> m_kinds;
    QMap<QString, int> m_killedIn;  ///< where the clients' SIGKILLs landed
};

}  // namespace dx::test::torture
