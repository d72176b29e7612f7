#pragma once
// What must hold after the sync torture test's kill loop (tests/sync/test_torture.cpp), read
// from the clients' replicas, their made.log and the server's database and feed. Each check
// reports with QVERIFY/QCOMPARE: the caller looks at QTest::currentTestFailed() afterwards.

#include <QList>
#include <QString>

#include "tests/sync/torture/orchestration.h"

namespace dx::test {
class TestServer;
}

namespace dx::test::torture {

/// Cheap invariants after every iteration: made.log ⊆ outbox, the outbox is gapless, and no
/// command id is twice in the server's log.
void checkBetweenRuns(const TestServer &server, const QList<const Person *> &people,
                      const QString &where);

/// (b) exactly once: no command id twice in the server's log.
void checkNoCommandTwice(const TestServer &server);

/// After the final syncs, for one user:
///   (a) every command the client made (made.log) is in the server's command_log exactly once
///       with an outcome, and every outbox row's final status is the server's status for it;
///   (b) each client's log is gapless up to its last_seq, and the server logged nothing the
///       client did not make;
///   and the server's state is the applied commands folded in (decisions, withdrawals,
///   versions);
///   (c) the replica equals the user's scoped view (a fresh full pull): rows, revs and values;
///   (d) every blob the replica's certifications cite is on the server with its hash, and every
///       file of the client's blob store hashes to its name;
///   (e) nothing outside the user's scope is on the client.
void checkPerson(const TestServer &server, const Person &p);

}  // namespace dx::test::torture
