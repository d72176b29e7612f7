// The certification workflow table: who may move what from where, and read visibility
// (the C++ rule and its SQL form must agree for every actor and row).
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "models/auth/visibility.h"
#include "models/store/database.h"
#include "models/workflow/listingworkflow.h"
#include "models/workflow/states.h"
#include "models/workflow/workflow.h"

using namespace dx;

namespace {
Actor reviewer(const QString &region) {
    return Actor{QStringLiteral("u-r"), QStringLiteral("r"), Role::CountyReviewer, {}, region, {}};
}
Actor member(const QString &role, const QString &org) {
    return Actor{QStringLiteral("u-m"), QStringLiteral("m"), role, org, {}, {}};
}
}  // namespace

class TestWorkflow : public QObject {
    Q_OBJECT

private slots:
    void reviewerDecidesOnlyInOwnCounty() {
        const Workflow &w = certificationWorkflow(QStringLiteral("enterprise"));
        const TargetScope zy{QStringLiteral("org-1"), QStringLiteral("410102")};
        auto ok =
            w.authorize(reviewer(QStringLiteral("410102")), QStringLiteral("certification.decide"),
                        QStringLiteral("approve"), QStringLiteral("submitted"), zy);
        QVERIFY(ok.ok());
        QCOMPARE(ok->to, QStringLiteral("approved"));
        QVERIFY(ok->needsBaseRev);
        auto other =
            w.authorize(reviewer(QStringLiteral("410103")), QStringLiteral("certification.decide"),
                        QStringLiteral("approve"), QStringLiteral("submitted"), zy);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, QStringLiteral("forbidden"));
    }

    void enterpriseCannotDecide() {
        const Workflow &w = certificationWorkflow(QStringLiteral("enterprise"));
        auto r = w.authorize(member(Role::Enterprise, QStringLiteral("org-1")),
                             QStringLiteral("certification.decide"), QStringLiteral("approve"),
                             QStringLiteral("submitted"),
                             {QStringLiteral("org-1"), QStringLiteral("410102")});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("forbidden"));
    }

    void allowedCommandsAreWhatAuthorizeAccepts() {
        const Workflow &w = certificationWorkflow(QStringLiteral("enterprise"));
        const TargetScope own{QStringLiteral("org-1"), QStringLiteral("410102")};
        const Actor applicant = member(Role::Enterprise, QStringLiteral("org-1"));
        // Under review, the applicant may only withdraw; the county's reviewer only decide.
        QCOMPARE(w.allowedCommands(applicant, State::Submitted, own),
                 QStringList{QStringLiteral("certification.withdraw")});
        QCOMPARE(w.allowedCommands(reviewer(QStringLiteral("410102")), State::Submitted, own),
                 (QStringList{QStringLiteral("certification.decide:approve"),
                              QStringLiteral("certification.decide:reject")}));
        // Rejected: submit again; approved: nothing; another organisation's: nothing.
        QCOMPARE(w.allowedCommands(applicant, State::Rejected, own),
                 QStringList{QStringLiteral("certification.submit")});
        QVERIFY(w.allowedCommands(applicant, State::Approved, own).isEmpty());
        QVERIFY(w.allowedCommands(member(Role::Enterprise, QStringLiteral("org-2")),
                                  State::Rejected, own)
                    .isEmpty());
    }

    void decidedApplicationCannotBeDecidedAgain() {
        const Workflow &w = certificationWorkflow(QStringLiteral("enterprise"));
        for (const QString &state :
             {QStringLiteral("approved"), QStringLiteral("rejected"), QStringLiteral("voided")}) {
            auto r = w.authorize(reviewer(QStringLiteral("410102")),
                                 QStringLiteral("certification.decide"), QStringLiteral("reject"),
                                 state, {QStringLiteral("o"), QStringLiteral("410102")});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("invalid_transition"));
        }
    }

    void resubmissionAfterRejectionOrVoiding() {
        const Workflow &w = certificationWorkflow(QStringLiteral("enterprise"));
        for (const QString &state : {QString(), QStringLiteral("rejected"),
                                     QStringLiteral("voided"), QStringLiteral("draft")}) {
            auto r = w.authorize(member(Role::Enterprise, QStringLiteral("o")),
                                 QStringLiteral("certification.submit"), {}, state,
                                 {QStringLiteral("o"), QStringLiteral("410102")});
            QVERIFY2(r.ok(), qPrintable(state));
        }
        auto again = w.authorize(
            member(Role::Enterprise, QStringLiteral("o")), QStringLiteral("certification.submit"),
            {}, QStringLiteral("approved"), {QStringLiteral("o"), QStringLiteral("410102")});
        QCOMPARE(again.error().code, QStringLiteral("invalid_transition"));
        auto foreign = w.authorize(member(Role::Enterprise, QStringLiteral("p")),
                                   QStringLiteral("certification.submit"), {}, QString(),
                                   {QStringLiteral("o"), QStringLiteral("410102")});
        QCOMPARE(foreign.error().code, QStringLiteral("forbidden"));
    }

    void providersAreQualifiedByTheOperator() {
        const Workflow &w = certificationWorkflow(QStringLiteral("provider"));
        const TargetScope p{QStringLiteral("org-p"), QStringLiteral("410105")};
        QVERIFY(w.authorize(member(Role::Operator, {}), QStringLiteral("certification.decide"),
                            QStringLiteral("approve"), QStringLiteral("submitted"), p)
                    .ok());
        QVERIFY(!w.authorize(reviewer(QStringLiteral("410105")),
                             QStringLiteral("certification.decide"), QStringLiteral("approve"),
                             QStringLiteral("submitted"), p)
                     .ok());
    }

    void eligibilityIsOfferedOnce() {
        const Workflow &w = eligibilityWorkflow();
        const Actor e = member(Role::Enterprise, QStringLiteral("o"));
        QVERIFY(w.authorize(e, QStringLiteral("eligibility.decline"), {}, QStringLiteral("none"),
                            {QStringLiteral("o"), {}})
                    .ok());
        QCOMPARE(w.authorize(e, QStringLiteral("eligibility.accept"), {},
                             QStringLiteral("declined"), {QStringLiteral("o"), {}})
                     .error()
                     .code,
                 QStringLiteral("invalid_transition"));
    }

    // Every state a workflow table names is declared in models/workflow/states.h, so a new
    // state cannot be added to a table without declaring it there ("" is "no entity yet").
    void everyStateOfTheTablesIsDeclared() {
        const QList<QPair<QString, const Workflow *>> tables{
            {QStringLiteral("certification (enterprise)"),
             &certificationWorkflow(QStringLiteral("enterprise"))},
            {QStringLiteral("certification (provider)"),
             &certificationWorkflow(QStringLiteral("provider"))},
            {QStringLiteral("eligibility"), &eligibilityWorkflow()},
            {QStringLiteral("listing"), &listingWorkflow()},
        };
        const auto declared = [](const QString &state) {
            return std::find(State::all.begin(), State::all.end(), state) != State::all.end();
        };
        for (const auto &[name, flow] : tables) {
            QVERIFY(!flow->transitions().isEmpty());
            for (const Transition &t : flow->transitions()) {
                for (const QString &from : t.from)
                    QVERIFY2(from.isEmpty() || declared(from),
                             qPrintable(name + u' ' + t.command + QStringLiteral(" from ") + from));
                QVERIFY2(declared(t.to),
                         qPrintable(name + u' ' + t.command + QStringLiteral(" to ") + t.to));
            }
        }
        // ... and declared once: no two constants share a name.
        QSet<QString> names;
        for (QLatin1StringView s : State::all) names.insert(s);
        QCOMPARE(names.size(), qsizetype(State::all.size()));
    }

    // The SQL filter used by the change feed and the inbox must say exactly what canSee() says.
    void sqlFilterAgreesWithCanSee() {
        QTemporaryDir dir;
        auto db =
            Database::openSqlite(dir.filePath(QStringLiteral("v.sqlite")), QStringLiteral("vis"));
        QVERIFY(db.ok());
        Database &d = **db;
        QVERIFY(d.exec(QStringLiteral(
                           "CREATE TABLE rows (n INTEGER, org_id TEXT, region TEXT, user_id TEXT)"))
                    .ok());
        const QStringList orgs{QString(), QStringLiteral("o1"), QStringLiteral("o2")};
        const QStringList regions{QString(), QStringLiteral("410102"), QStringLiteral("410103")};
        const QStringList users{QString(), QStringLiteral("u1"), QStringLiteral("u2")};
        QList<Scope> scopes;
        for (const auto &o : orgs)
            for (const auto &r : regions)
                for (const auto &u : users) {
                    QVERIFY(d.exec(QStringLiteral("INSERT INTO rows VALUES (?,?,?,?)"),
                                   {int(scopes.size()), o, r, u})
                                .ok());
                    scopes.append(Scope{o, r, u});
                }
        const QStringList roles{
            Role::Admin,  Role::CountyReviewer, Role::Operator, Role::Department, Role::Finance,
            Role::Expert, Role::Auditor,        Role::Provider, Role::Enterprise, Role::Bank};
        for (const QString &role : roles)
            for (const auto &o : orgs)
                for (const auto &r : regions)
                    for (const QString &u : {QStringLiteral("u1"), QStringLiteral("u2")}) {
                        const Actor a{u, u, role, o, r, {}};
                        const auto f = Visibility::sqlFilter(a);
                        auto rows = d.all(QStringLiteral("SELECT n FROM rows WHERE ") + f.sql +
                                              QStringLiteral(" ORDER BY n"),
                                          f.binds);
                        QVERIFY(rows.ok());
                        QList<int> viaSql;
                        for (const auto &row : rows.value())
                            viaSql << row.value(QStringLiteral("n")).toInt();
                        QList<int> viaCpp;
                        for (int i = 0; i < scopes.size(); ++i)
                            if (Visibility::canSee(a, scopes[i])) viaCpp << i;
                        QVERIFY2(viaSql == viaCpp, qPrintable(role + u' ' + o + u' ' + r));
                        // The change feed's index-friendly branches cover exactly the same rows.
                        QSet<int> viaBranches;
                        for (const auto &b : Visibility::feedBranches(a)) {
                            auto part =
                                d.all(QStringLiteral("SELECT n FROM rows WHERE ") + b.sql, b.binds);
                            QVERIFY(part.ok());
                            for (const auto &row : part.value())
                                viaBranches.insert(row.value(QStringLiteral("n")).toInt());
                        }
                        QCOMPARE(viaBranches, QSet<int>(viaCpp.cbegin(), viaCpp.cend()));
                    }
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "test_workflow.moc"
