// Provider administration in the desktop client against a real dxserver, as provider1 (a
// certified provider) lives flow 2: adds an expert with a photo after a too-large and a
// wrongly typed one are refused before upload; adds a receiving account (only the policy's bank
// is offered, another is refused; a failed check digit warns but saves); adds a sub-account
// with some menus, who then sees only those workspaces; and changes the password (the current
// one is refused as the new one, a good one is accepted, and signing in with it works).
// The slots share the provider's state; the sub-account's steps build on the expert's, and one
// run alone runs the steps before it first.
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/workspaces.h"
#include "tests/support/story.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/enterprise/uploadslot.h"
#include "ui/forms/fielderrors.h"
#include "ui/provider/bankaccountdialog.h"
#include "ui/provider/bankaccountsworkspace.h"
#include "ui/provider/experteditor.h"
#include "ui/provider/expertsworkspace.h"
#include "ui/provider/subaccountdialog.h"
#include "ui/provider/subaccountsworkspace.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/changepassworddialog.h"

using namespace dx;
using namespace dx::test;
using namespace Qt::StringLiterals;

namespace {

const QString kProvider = QStringLiteral("provider1");
const QString kPassword = QStringLiteral("Vendor#2026p1");
const QString kNewPassword = QStringLiteral("Better#2026pw");
const QString kSubUser = QStringLiteral("p1_experts");
const QString kSubPassword = QStringLiteral("Sub#2026acct");

void setText(ExpertEditor *e, const char *field, const QString &text) {
    auto *line = qobject_cast<QLineEdit *>(e->input(QString::fromLatin1(field)));
    QVERIFY2(line != nullptr, field);
    line->setText(text);
}

}  // namespace

class TestProviderAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void anExpertIsAddedWithAPhotoAfterBadPhotosAreRefused();
    void aReceivingAccountOffersOnlyThePolicysBankAndWarnsOnTheCheckDigit();
    void aSubAccountIsCreatedWithSomeMenus();
    void theSubAccountSeesOnlyItsWorkspaces();
    void changingThePasswordRefusesTheCurrentOneAndAcceptsAGoodOne();
    void changingThePasswordOfflineSaysWhy();

private:
    int outbox() {
        return m_bench->count(
            QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'pending'"));
    }

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientBench> m_bench;
    // The sub-account sees the expert the main account added: one step run alone runs the
    // steps before it first (tests/support/story.h).
    Story m_story{this,
                  {"anExpertIsAddedWithAPhotoAfterBadPhotosAreRefused",
                   "aSubAccountIsCreatedWithSomeMenus", "theSubAccountSeesOnlyItsWorkspaces"}};
};

void TestProviderAdmin::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.seedDemo());
    QVERIFY(m_server.start());
    m_bench =
        std::make_unique<ClientBench>(m_server.baseUrl(), m_dir.filePath(QStringLiteral("p1")),
                                      QStringLiteral("p1"), kProvider, kPassword);
    QCOMPARE(m_bench->actor.role, Role::Provider);
    QVERIFY(!m_bench->actor.subAccount);
    QVERIFY(m_bench->syncOnce());
}

void TestProviderAdmin::cleanupTestCase() {
    m_bench.reset();
}

void TestProviderAdmin::anExpertIsAddedWithAPhotoAfterBadPhotosAreRefused() {
    if (!m_story.before(__func__)) return;
    ExpertsWorkspace ws(*m_bench->wb);
    ws.setConfirm([](const QString &) { return true; });
    const int rowsBefore = ws.table()->rowCount();
    QPointer<ExpertEditor> ed = ws.addExpert();
    QVERIFY(ed);

    const int before = outbox();
    const QString big =
        writeImage(m_dir.filePath(QStringLiteral("big.png")), {1100, 1100}, "PNG", {}, true);
    QVERIFY(QFileInfo(big).size() > 2048 * 1024);
    QVERIFY(!ed->choosePhoto(big));
    QVERIFY(!ed->photoSlot()->message().isEmpty());
    QVERIFY(ed->photoSlot()->sha256().isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("photo.png"));
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    }
    QVERIFY(!ed->choosePhoto(pdf));
    QVERIFY(ed->photoSlot()->sha256().isEmpty());
    QCOMPARE(outbox(), before);  // nothing queued, nothing to upload

    QVERIFY(ed->choosePhoto(
        writeImage(m_dir.filePath(QStringLiteral("zhang.jpg")), {300, 400}, "JPG")));
    QVERIFY(ed->photoSlot()->message().isEmpty());

    // Refused by the command: the errors are beside their fields.
    QVERIFY(!ed->submit());
    QVERIFY(!ed->errors()->text(QStringLiteral("name")).isEmpty() ||
            !ed->errors()->message().isEmpty());
    QCOMPARE(outbox(), before);

    setText(ed, "name", QStringLiteral("张工"));
    setText(ed, "age", QStringLiteral("45"));
    setText(ed, "iiot_field", QStringLiteral("工业互联网平台"));
    setText(ed, "industry_field", QStringLiteral("装备制造"));
    setText(ed, "operations_field", QStringLiteral("设备运维"));
    setText(ed, "iiot_years", QStringLiteral("8"));
    setText(ed, "industry_years", QStringLiteral("20"));
    setText(ed, "title", QStringLiteral("高级工程师"));
    setText(ed, "education", QStringLiteral("硕士"));
    ed->experienceEdit()->setPlainText(QStringLiteral("主持多个智能工厂项目"));
    QCOMPARE(ed->experienceCounter(), QStringLiteral("10 / 200"));
    auto *intro = ed->findChild<QPlainTextEdit *>(QStringLiteral("introduction"));
    QVERIFY(intro != nullptr);
    intro->setPlainText(QStringLiteral("长期从事工业互联网平台建设与咨询。"));
    QVERIFY2(ed->submit(), qPrintable(ed->errors()->message()));
    QTRY_VERIFY(ed.isNull());
    QCOMPARE(outbox(), before + 1);
    QCOMPARE(ws.table()->rowCount(), rowsBefore + 1);

    QVERIFY(m_bench->syncAll());
    QVERIFY(m_bench->replica->problems().isEmpty());
    QCOMPARE(m_bench->count(QStringLiteral("SELECT COUNT(*) FROM experts WHERE name = ?"),
                            {QStringLiteral("张工")}),
             1);
    QVERIFY(ws.rowOf(QStringLiteral("张工")) >= 0);
}

void TestProviderAdmin::aReceivingAccountOffersOnlyThePolicysBankAndWarnsOnTheCheckDigit() {
    BankAccountsWorkspace ws(*m_bench->wb);
    const int rowsBefore = ws.table()->rowCount();  // the demo's own ABC account
    QPointer<BankAccountDialog> dlg = ws.addAccount();
    QVERIFY(dlg);
    QCOMPARE(dlg->bankBox()->currentText(), QStringLiteral("中国农业银行"));
    QCOMPARE(dlg->bankBox()->findText(QStringLiteral("中国工商银行")), -1);
    QVERIFY(!dlg->nameEdit()->text().isEmpty());  // a corporate account: the organisation's name
    QTest::keyClicks(dlg->numberEdit(), QStringLiteral("62284abc"));
    QCOMPARE(dlg->numberEdit()->text(), QStringLiteral("62284"));  // digits only
    // 6228480402564890019 fails the Luhn check (…0018 would pass).
    dlg->numberEdit()->clear();
    dlg->numberEdit()->setText(QStringLiteral("6228480402564890019"));
    dlg->branchEdit()->setText(QStringLiteral("郑州金水支行"));
    QVERIFY2(dlg->submit(), qPrintable(dlg->errors()->message()));
    QTRY_VERIFY(dlg.isNull());
    QVERIFY(ws.isWarning());
    QVERIFY(!ws.messageText().isEmpty());
    QCOMPARE(ws.table()->rowCount(), rowsBefore + 1);
    const int added = ws.table()->rowCount() - 1;  // ordered by creation
    QCOMPARE(ws.table()->item(added, 2)->text(), QStringLiteral("6228***********0019"));

    // Another bank is refused by the command itself, beside the bank field.
    const Outcome other = m_bench->sync->perform(
        QStringLiteral("bank_account.save"), {}, -1,
        {{QStringLiteral("bank"), QStringLiteral("中国工商银行")},
         {QStringLiteral("account_name"), ws.table()->item(0, 1)->text()},
         {QStringLiteral("account_no"), QStringLiteral("6222020200112233445")}});
    QCOMPARE(other.status, Outcome::Status::Rejected);
    QCOMPARE(other.error.field, QStringLiteral("bank"));

    QVERIFY(m_bench->syncAll());
    QVERIFY(m_bench->replica->problems().isEmpty());
}

void TestProviderAdmin::aSubAccountIsCreatedWithSomeMenus() {
    if (!m_story.before(__func__)) return;
    SubAccountsWorkspace ws(*m_bench->wb);
    QVERIFY2(ws.isAvailable(), qPrintable(ws.emptyText()));
    QPointer<SubAccountDialog> dlg = ws.addUser();
    QVERIFY(dlg);
    QCOMPARE(dlg->permissionBox(Menu::Experts)->text(), QStringLiteral("Experts (专家管理)"));
    dlg->usernameEdit()->setText(kSubUser);
    const QString mobile = QStringLiteral("1397%1").arg(
        QRandomGenerator::global()->bounded(10000000), 7, 10, QChar(u'0'));
    dlg->mobileEdit()->setText(mobile);
    dlg->emailEdit()->setText(QStringLiteral("experts@vendor.example"));
    dlg->passwordEdit()->setText(kSubPassword);
    dlg->confirmEdit()->setText(kSubPassword + u'x');
    dlg->permissionBox(Menu::Experts)->setChecked(true);
    dlg->permissionBox(Menu::Listings)->setChecked(true);
    dlg->submit();
    QVERIFY(!dlg->errors()->text(QStringLiteral("confirm")).isEmpty());

    dlg->confirmEdit()->setText(kSubPassword);
    dlg->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dlg.isNull() || !dlg->errors()->message().contains(u'…'), 30000);
    QVERIFY2(dlg.isNull(), dlg ? qPrintable(dlg->errors()->message() +
                                            dlg->errors()->text(QStringLiteral("password")))
                               : "");
    QVERIFY(m_bench->syncOnce());
    const int row = ws.rowOf(kSubUser);
    QVERIFY(row >= 0);
    QCOMPARE(ws.table()->item(row, 1)->text(), mobile.left(3) + u"****"_s + mobile.right(4));
    QVERIFY(ws.table()->item(row, 3)->text().contains(QStringLiteral("专家管理")));
    QVERIFY(!ws.table()->item(row, 3)->text().contains(QStringLiteral("收款账号管理")));
}

void TestProviderAdmin::theSubAccountSeesOnlyItsWorkspaces() {
    if (!m_story.before(__func__)) return;
    ClientBench sub(m_server.baseUrl(), m_dir.filePath(QStringLiteral("sub")),
                    QStringLiteral("sub"), kSubUser, kSubPassword);
    QVERIFY(sub.actor.subAccount);
    QVERIFY(sub.syncOnce());
    MainWindow window(*sub.wb);
    addWorkspaces(window, *sub.wb, m_dir.filePath(QStringLiteral("sub")));
    QVERIFY(window.workspace(QStringLiteral("experts")) != nullptr);
    QVERIFY(window.workspace(QStringLiteral("users")) == nullptr);
    QVERIFY(window.workspace(QStringLiteral("bank_accounts")) == nullptr);
    // The roster the main account made is the organisation's: the sub-account sees it.
    auto *experts = qobject_cast<ExpertsWorkspace *>(window.workspace(QStringLiteral("experts")));
    QVERIFY(experts->rowOf(QStringLiteral("张工")) >= 0);
    // The server is the authority: a menu not granted is refused there too.
    const Outcome refused =
        sub.sync->perform(QStringLiteral("bank_account.delete"),
                          QStringLiteral("00000000-0000-0000-0000-000000000000"), -1, {});
    QCOMPARE(refused.error.code, QStringLiteral("forbidden"));
}

void TestProviderAdmin::changingThePasswordRefusesTheCurrentOneAndAcceptsAGoodOne() {
    MainWindow window(*m_bench->wb);
    QPointer<ChangePasswordDialog> dlg = window.openChangePassword();
    QVERIFY(dlg);
    QVERIFY(dlg->policyText().contains(QStringLiteral("8–18")));
    dlg->currentEdit()->setText(kPassword);
    dlg->passwordEdit()->setText(kPassword);
    dlg->confirmEdit()->setText(kPassword);
    dlg->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dlg->isBusy(), 30000);
    QVERIFY2(!dlg->errors()->text(QStringLiteral("password")).isEmpty(),
             qPrintable(dlg->errors()->message()));

    dlg->passwordEdit()->setText(kNewPassword);
    dlg->confirmEdit()->setText(kNewPassword);
    dlg->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dlg.isNull(), 30000);

    HttpClient fresh(m_server.baseUrl());
    QVERIFY(!fresh.login(kProvider, kNewPassword).isEmpty());
    HttpClient old(m_server.baseUrl());
    QVERIFY(old.login(kProvider, kPassword).isEmpty());
}

void TestProviderAdmin::changingThePasswordOfflineSaysWhy() {
    // A client whose server is gone: nothing is queued, and the dialog says why.
    SyncClient offline(*m_bench->replica, *m_bench->blobs, m_bench->actor,
                       QStringLiteral("http://127.0.0.1:1"), m_bench->http.token());
    ChangePasswordDialog dlg(offline);
    const int before = outbox();
    dlg.currentEdit()->setText(kNewPassword);
    dlg.passwordEdit()->setText(QStringLiteral("Another#2026pw"));
    dlg.confirmEdit()->setText(QStringLiteral("Another#2026pw"));
    dlg.submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isBusy(), 30000);
    QVERIFY(dlg.errors()->message().contains(QStringLiteral("online")));
    QCOMPARE(outbox(), before);
}

QTEST_MAIN(TestProviderAdmin)
#include "test_provideradmin.moc"
