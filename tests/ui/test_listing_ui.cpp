// Provider listings through the desktop client against a real dxserver:
// provider1 builds a listing with every section in the editor widgets (real images and a PDF),
// previews it in the web view (the buyer's page), submits it; operator, expert1 and dept sign in
// and pass it through their inboxes; provider1 sees it listed; withdraw, delist, relist and a
// rejection with its reason in 已驳回; an unsaved draft survives a crash.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include "app/workspaces.h"
#include "models/blobs/blobstore.h"
#include "models/client/session.h"
#include "models/client/syncclient.h"
#include "models/listings/listingvalidator.h"
#include "models/sync/replica.h"
#include "tests/support/httpclient.h"
#include "tests/support/story.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/inbox/inboxwidget.h"
#include "ui/inbox/taskmodel.h"
#include "ui/listings/attachmentssection.h"
#include "ui/listings/basicsection.h"
#include "ui/listings/casessection.h"
#include "ui/listings/contactsection.h"
#include "ui/listings/listingeditor.h"
#include "ui/listings/listingfileslot.h"
#include "ui/listings/listingpreview.h"
#include "ui/listings/listingreview.h"
#include "ui/listings/listingsworkspace.h"
#include "ui/listings/modulepanel.h"
#include "ui/listings/modulessection.h"
#include "ui/listings/myproducts.h"
#include "ui/listings/specssection.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/signindialog.h"

using namespace dx;
using namespace dx::test;

namespace {

const QStringList kCustomers{QStringLiteral("郑州宏达机械有限公司"),
                             QStringLiteral("洛阳恒信食品有限公司"),
                             QStringLiteral("新乡瑞丰纺织有限公司")};

// Opens the inbox row of a listing (Enter on it), as the user does.
bool openFromInbox(Desk &desk, const QString &listingId) {
    auto *inbox = desk.workspace<InboxWidget>(QStringLiteral("inbox"));
    desk.window->showWorkspace(QStringLiteral("inbox"));
    inbox->refresh();
    QTableView *t = inbox->table();
    for (int r = 0; r < t->model()->rowCount(); ++r) {
        const QModelIndex i = t->model()->index(r, 0);
        if (i.data(TaskModel::EntityRole).toString() != QLatin1String("listings") ||
            i.data(TaskModel::EntityIdRole).toString() != listingId)
            continue;
        t->setCurrentIndex(i);
        t->setFocus();
        QTest::keyClick(t, Qt::Key_Return);
        return desk.window->currentWorkspace() == QLatin1String("listing_review");
    }
    return false;
}

// A listing's state in the desk's replica.
QString listingState(const Desk &desk, const QString &listingId) {
    auto s = desk.replica->db().scalar(QStringLiteral("SELECT state FROM listings WHERE id = ?"),
                                       {listingId});
    return s ? s->toString() : QString();
}

// Types into a field as the input method commits text (Chinese included; the field need not be
// on the visible tab).
void typeInto(QWidget *w, const QString &text) {
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(w, &commit);
}

QString pageText(ListingPreview *preview) {
    QString text;
    bool done = false;
    preview->view()->page()->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    for (int i = 0; i < 200 && !done; ++i) QTest::qWait(25);
    return text;
}

}  // namespace

class TestListingUi : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Desk> m_provider;
    QString m_image, m_photo, m_pdf;
    QString m_draft;
    QString m_listed;                         // the listing that goes through the three reviews
    int m_before[MyProducts::TabCount] = {};  // the demo provider's own listings per tab
    QJsonObject m_content;
    // The listing's story: each step builds on the ones before (tests/support/story.h).
    Story m_story{
        this,
        {"listingEditorRefusesAnOversizedImageAndShowsErrorsBesideFields",
         "listingIsBuiltPreviewedAndSubmitted", "listingPassesOperatorExpertAndDepartment",
         "listingWithdrawnDelistedRelistedAndRejected"}};

    QString writeCasePdf() {
        const QString path = m_dir.filePath(QStringLiteral("case.pdf"));
        QPdfWriter pdf(path);
        QPainter p(&pdf);
        p.drawText(QRect(0, 0, 4000, 1000), Qt::AlignLeft, QStringLiteral("案例介绍 Case study"));
        p.end();
        return path;
    }
    static QStringList visibleErrors(QWidget *w) {
        QStringList out;
        if (auto *e = qobject_cast<ListingEditor *>(w))
            for (const Error &err :
                 ListingValidator::validate(e->listing(), ListingValidator::Mode::Submit))
                out << err.field + QStringLiteral(" → ") + err.message;
        for (const QLabel *l : w->findChildren<QLabel *>())
            if (l->styleSheet().contains(QLatin1String("c0392b")) && !l->text().isEmpty())
                out << l->objectName() + QStringLiteral(": ") + l->text();
        return out;
    }
    ListingsWorkspace *products() const {
        return m_provider->workspace<ListingsWorkspace>(QStringLiteral("products"));
    }

    // Fills every section of the editor through its widgets.
    void fill(ListingEditor *e, const QString &name) {
        BasicSection *b = e->basic();
        typeInto(b->nameEdit(), name);
        typeInto(b->productEdit(), QStringLiteral("慧制MES"));
        typeInto(b->tagsEdit(), QStringLiteral("智能制造, MES, 上云"));
        QVERIFY2(b->displayImage()->attach(m_image), qPrintable(b->displayImage()->message()));
        b->categoryList()->item(1)->setCheckState(Qt::Checked);
        b->industryList()->item(2)->setCheckState(Qt::Checked);  // C 制造业
        typeInto(b->priceLowEdit(), QStringLiteral("9800.00"));
        typeInto(b->priceHighEdit(), QStringLiteral("128,000.50"));
        b->deliveryDaysBox()->setValue(45);
        b->personDaysBox()->setValue(20);

        for (int i = 0; i < CasesSection::kCases; ++i) {
            const CasesSection::Case &c = e->cases()->at(i);
            typeInto(c.customer, kCustomers[i]);
            typeInto(c.annualOutput, QStringLiteral("12345.67"));
            typeInto(c.saleAmount, QStringLiteral("50.5"));
            c.months->setValue(6);
            typeInto(c.contactName, QStringLiteral("王经理"));
            QVERIFY2(c.document->attach(m_pdf), qPrintable(c.document->message()));
        }
        typeInto(e->contact()->nameEdit(), QStringLiteral("张工"));
        typeInto(e->contact()->phoneEdit(), QStringLiteral("13812345678"));
        typeInto(e->contact()->emailEdit(), QStringLiteral("sales@example.com"));

        ModulesSection *m = e->modules();
        ModulePanel *banner = m->panel(QStringLiteral("banner"));
        typeInto(banner->titleEdit(), name);
        banner->textEdit()->setPlainText(QStringLiteral("一站式车间数字化"));
        QVERIFY2(banner->image()->attach(m_image), qPrintable(banner->image()->message()));
        ModulePanel *hl = m->panel(QStringLiteral("highlights"));
        for (int i = 0; i < 2; ++i) {
            ModulePanel::Pair &p = hl->addItem();
            typeInto(p.title, QStringLiteral("亮点%1").arg(i + 1));
            p.text->setPlainText(QStringLiteral("设备联网，数据实时可见。"));
        }
        m->panel(QStringLiteral("description"))
            ->textEdit()
            ->setPlainText(QStringLiteral("服务内容：部署、培训与运维。"));
        ListingFileSlot *media = m->panel(QStringLiteral("media"))->addItem().file;
        QVERIFY2(media->attach(m_photo), qPrintable(media->message()));
        for (ModulePanel::Pair &p : m->panel(QStringLiteral("user_cases"))->items()) {
            p.text->setPlainText(QStringLiteral("产线效率提升20%。"));
            QVERIFY2(p.file->attach(m_photo), qPrintable(p.file->message()));
        }
        ModulePanel *support = m->panel(QStringLiteral("support"));
        typeInto(support->field(QStringLiteral("hours")), QStringLiteral("工作日 9:00-18:00"));
        typeInto(support->field(QStringLiteral("content")), QStringLiteral("远程与现场支持"));
        typeInto(support->field(QStringLiteral("hotline")), QStringLiteral("0371-12345678"));
        typeInto(support->field(QStringLiteral("email")), QStringLiteral("help@example.com"));

        SpecsSection *s = e->specs();
        typeInto(s->at(0).name, QStringLiteral("标准版"));
        s->at(0).mode->setCurrentIndex(1);     // monthly
        s->at(0).pricing->setCurrentIndex(1);  // simple
        typeInto(s->at(0).price, QStringLiteral("199.00"));
        QTest::mouseClick(s->addButton(), Qt::LeftButton);
        typeInto(s->at(1).name, QStringLiteral("试用版"));
        typeInto(s->discountEdit(), QStringLiteral("享受省30%优惠"));

        QTest::mouseClick(e->attachments()->addButton(), Qt::LeftButton);
        typeInto(e->attachments()->at(0).name, QStringLiteral("产品白皮书"));
        QVERIFY2(e->attachments()->at(0).file->attach(m_pdf),
                 qPrintable(e->attachments()->at(0).file->message()));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
        m_image = writeImage(m_dir.filePath(QStringLiteral("display.png")), {800, 400}, "PNG",
                             QStringLiteral("慧制MES"));
        m_photo = writeImage(m_dir.filePath(QStringLiteral("photo.jpg")), {800, 400}, "JPG",
                             QStringLiteral("车间"));
        m_pdf = writeCasePdf();
        m_session = std::make_unique<Session>(m_dir.filePath(QStringLiteral("profile")));
        m_provider =
            std::make_unique<Desk>(*m_session, m_server.baseUrl(), QStringLiteral("provider1"),
                                   QStringLiteral("Vendor#2026p1"));
        QVERIFY(m_provider->syncOnce());
        QVERIFY(products());
        m_provider->window->showWorkspace(QStringLiteral("products"));
        for (int t = 0; t < MyProducts::TabCount; ++t)
            m_before[t] = products()->products()->count(MyProducts::Tab(t));
    }

    // Typing is autosaved a second later to the draft file: a crash before "Save draft" loses
    // at most that second.
    void listingDraftSurvivesACrash() {
        const QString dir = m_dir.filePath(QStringLiteral("crash-drafts"));
        auto editor = std::make_unique<ListingEditor>(*m_provider->wb, dir);
        typeInto(editor->basic()->nameEdit(), QStringLiteral("未保存的方案"));
        typeInto(editor->cases()->at(2).customer, QStringLiteral("许昌远航电子有限公司"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(editor->draftPath()), 5000);
        editor.reset();  // gone without saving
        ListingEditor again(*m_provider->wb, dir);
        QCOMPARE(again.basic()->nameEdit()->text(), QStringLiteral("未保存的方案"));
        QCOMPARE(again.cases()->at(2).customer->text(), QStringLiteral("许昌远航电子有限公司"));
        QVERIFY(QDir(dir).removeRecursively());
    }

    void listingEditorRefusesAnOversizedImageAndShowsErrorsBesideFields() {
        if (!m_story.before(__func__)) return;
        ListingsWorkspace *ws = products();
        m_provider->window->showWorkspace(QStringLiteral("products"));
        QTest::mouseClick(ws->products()->newButton(), Qt::LeftButton);
        QCOMPARE(ws->currentWidget(), ws->editor());
        ListingEditor *e = ws->editor();
        // a PDF is not a listing image: refused beside the slot, nothing attached
        QVERIFY2(!e->basic()->displayImage()->attach(m_pdf),
                 qPrintable(e->basic()->displayImage()->message()));
        QVERIFY(!e->basic()->displayImage()->message().isEmpty());
        QVERIFY(e->basic()->displayImage()->sha256().isEmpty());
        typeInto(e->basic()->nameEdit(), QStringLiteral("草稿"));
        QTest::mouseClick(e->submitButton(), Qt::LeftButton);
        QVERIFY2(!e->errorText(QStringLiteral("cases[0].customer")).isEmpty() ||
                     !e->errorText(QStringLiteral("cases")).isEmpty() ||
                     !e->errorText(QStringLiteral("product")).isEmpty(),
                 qPrintable(visibleErrors(e).join(u'\n')));
        // every error at once, each beside its field: a module's field by its path too
        QVERIFY2(!e->errorText(QStringLiteral("modules[0].title")).isEmpty(),
                 qPrintable(visibleErrors(e).join(u'\n')));
        QVERIFY(!e->errorText(QStringLiteral("modules[5].hours")).isEmpty());
        // the draft was saved (listing.save) and shows under 草稿
        m_draft = e->listingId();
        QVERIFY(!m_draft.isEmpty());
        ws->showProducts();
        const int drafts = m_before[MyProducts::Drafts] + 1;
        QCOMPARE(ws->products()->count(MyProducts::Drafts), drafts);
        QVERIFY(ws->products()->ids(MyProducts::Drafts).contains(m_draft));
        QVERIFY(ws->products()
                    ->tabs()
                    ->tabText(MyProducts::Drafts)
                    .contains(QStringLiteral("(%1)").arg(drafts)));
    }

    void listingIsBuiltPreviewedAndSubmitted() {
        if (!m_story.before(__func__)) return;
        ListingsWorkspace *ws = products();
        const QString draft = m_draft;
        ws->products()->select(draft);
        QTest::mouseClick(ws->products()->editButton(), Qt::LeftButton);
        ListingEditor *e = ws->editor();
        QCOMPARE(e->listingId(), draft);
        e->basic()->nameEdit()->clear();
        fill(e, QStringLiteral("慧制MES车间数字化方案"));
        if (QTest::currentTestFailed()) return;
        // the module order is the page order: description before highlights
        ModulesSection *m = e->modules();
        QTest::mouseClick(m->panel(QStringLiteral("description"))->upButton(), Qt::LeftButton);
        QCOMPARE(m->order().indexOf(QStringLiteral("description")),
                 m->order().indexOf(QStringLiteral("highlights")) - 1);
        m_content = e->listing();
        QCOMPARE(m_content.value(QStringLiteral("price_high_fen")).toInteger(), 12800050);
        QCOMPARE(m_content.value(QStringLiteral("cases"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("annual_output_fen"))
                     .toInteger(),
                 Q_INT64_C(12345670000));

        // 发布预览: the buyer's page of the editor's content in the web view
        QSignalSpy loaded(ws->preview(), &ListingPreview::loaded);
        QTest::mouseClick(e->previewButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(30000) || ws->preview()->isLoaded());
        QVERIFY(ws->preview()->isLoaded());
        const QString text = pageText(ws->preview());
        QVERIFY2(text.contains(QStringLiteral("慧制MES车间数字化方案")), qPrintable(text));
        for (const QString &c : kCustomers) QVERIFY2(text.contains(c), qPrintable(c));
        QTest::mouseClick(ws->previewBackButton(), Qt::LeftButton);
        QCOMPARE(ws->currentWidget(), e);

        QTest::mouseClick(e->submitButton(), Qt::LeftButton);
        QVERIFY2(e->messageText().contains(QStringLiteral("Submitted")),
                 qPrintable(e->messageText() + u'\n' + visibleErrors(e).join(u'\n')));
        m_listed = draft;
        QCOMPARE(ws->currentWidget(), ws->products());
        QCOMPARE(ws->products()->count(MyProducts::Pending), m_before[MyProducts::Pending] + 1);
        QVERIFY(m_provider->syncOnce());
        QTRY_COMPARE_WITH_TIMEOUT(m_provider->replica->pendingCount(), 0, 20000);
        QCOMPARE(listingState(*m_provider, m_listed), QStringLiteral("pending_initial"));
    }

    void listingPassesOperatorExpertAndDepartment() {
        if (!m_story.before(__func__)) return;
        QVERIFY(!m_listed.isEmpty());
        {
            // The admin reads the listing but is no reviewer: the desk offers nothing the
            // command processor would refuse (the workflow table decides both).
            Desk admin(*m_session, m_server.baseUrl(), QStringLiteral("admin"),
                       QStringLiteral("Guard#2026dx"));
            QVERIFY(admin.syncOnce());
            auto *review = admin.workspace<ListingReview>(QStringLiteral("listing_review"));
            QVERIFY(review != nullptr);
            review->open(m_listed);
            QCOMPARE(review->currentId(), m_listed);
            QVERIFY(!review->passButton()->isEnabled());
            QVERIFY(!review->rejectButton()->isEnabled());
            QVERIFY(!review->expertList()->isVisibleTo(review));
        }
        {
            Desk op(*m_session, m_server.baseUrl(), QStringLiteral("operator"),
                    QStringLiteral("Ops#2026plat"));
            QVERIFY(op.syncOnce());
            QVERIFY(openFromInbox(op, m_listed));
            auto *review = op.workspace<ListingReview>(QStringLiteral("listing_review"));
            QCOMPARE(review->currentId(), m_listed);
            QTRY_VERIFY_WITH_TIMEOUT(review->preview()->isLoaded(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(review->expertList()->count() > 0, 10000);
            for (int i = 0; i < review->expertList()->count(); ++i)
                if (review->expertList()->item(i)->text().contains(QStringLiteral("expert1")))
                    review->expertList()->item(i)->setCheckState(Qt::Checked);
            QTest::mouseClick(review->passButton(), Qt::LeftButton);
            QVERIFY2(review->errorText().isEmpty(), qPrintable(review->errorText()));
            QVERIFY(op.syncOnce());
            QTRY_COMPARE_WITH_TIMEOUT(op.replica->pendingCount(), 0, 20000);
            QCOMPARE(listingState(op, m_listed), QStringLiteral("pending_expert"));
        }
        {
            Desk ex(*m_session, m_server.baseUrl(), QStringLiteral("expert1"),
                    QStringLiteral("Panel#2026ex"));
            QVERIFY(ex.syncOnce());
            QVERIFY(openFromInbox(ex, m_listed));
            auto *review = ex.workspace<ListingReview>(QStringLiteral("listing_review"));
            QTRY_VERIFY_WITH_TIMEOUT(review->preview()->isLoaded(), 30000);
            QVERIFY(review->preview()->html().contains(kCustomers[0]));
            review->scoreBox()->setValue(86);
            review->opinionText()->setPlainText(QStringLiteral("案例真实，方案可行。"));
            QSignalSpy decided(review, &ListingReview::decided);
            QTest::mouseClick(review->passButton(), Qt::LeftButton);
            QVERIFY2(decided.wait(20000), qPrintable(review->errorText()));
            QVERIFY2(review->errorText().isEmpty(), qPrintable(review->errorText()));
            QVERIFY(ex.syncOnce());
            QTRY_COMPARE_WITH_TIMEOUT(ex.replica->pendingCount(), 0, 20000);
        }
        {
            Desk op(*m_session, m_server.baseUrl(), QStringLiteral("operator"),
                    QStringLiteral("Ops#2026plat"));
            QVERIFY(op.syncOnce());
            QVERIFY(openFromInbox(op, m_listed));
            auto *review = op.workspace<ListingReview>(QStringLiteral("listing_review"));
            QVERIFY2(review->opinions().join(u'\n').contains(QStringLiteral("86")),
                     qPrintable(review->opinions().join(u'\n')));
            QTest::mouseClick(review->passButton(), Qt::LeftButton);
            QVERIFY2(review->errorText().isEmpty(), qPrintable(review->errorText()));
            QVERIFY(op.syncOnce());
            QTRY_COMPARE_WITH_TIMEOUT(op.replica->pendingCount(), 0, 20000);
            QCOMPARE(listingState(op, m_listed), QStringLiteral("pending_final"));
        }
        {
            Desk dept(*m_session, m_server.baseUrl(), QStringLiteral("dept"),
                      QStringLiteral("Final#2026hn"));
            QVERIFY(dept.syncOnce());
            QVERIFY(openFromInbox(dept, m_listed));
            auto *review = dept.workspace<ListingReview>(QStringLiteral("listing_review"));
            QTest::mouseClick(review->passButton(), Qt::LeftButton);
            QVERIFY2(review->errorText().isEmpty(), qPrintable(review->errorText()));
            QVERIFY(dept.syncOnce());
            QTRY_COMPARE_WITH_TIMEOUT(dept.replica->pendingCount(), 0, 20000);
            QCOMPARE(listingState(dept, m_listed), QStringLiteral("listed"));
        }
        QVERIFY(m_provider->syncOnce());
        MyProducts *list = products()->products();
        const int listed = m_before[MyProducts::Listed] + 1;
        QTRY_COMPARE_WITH_TIMEOUT(list->count(MyProducts::Listed), listed, 10000);
        QCOMPARE(list->count(MyProducts::Pending), m_before[MyProducts::Pending]);
        QVERIFY(list->ids(MyProducts::Listed).contains(m_listed));
        QVERIFY(
            list->tabs()->tabText(MyProducts::Listed).contains(QStringLiteral("(%1)").arg(listed)));
    }

    void listingWithdrawnDelistedRelistedAndRejected() {
        if (!m_story.before(__func__)) return;
        ListingsWorkspace *ws = products();
        MyProducts *list = ws->products();
        // a second listing, submitted, then withdrawn while pending
        QTest::mouseClick(list->newButton(), Qt::LeftButton);
        QJsonObject copy = m_content;
        copy.insert(QStringLiteral("name"), QStringLiteral("慧制MES轻量版"));
        ws->editor()->setListing(copy);
        QTest::mouseClick(ws->editor()->submitButton(), Qt::LeftButton);
        QVERIFY2(ws->editor()->messageText().contains(QStringLiteral("Submitted")),
                 qPrintable(ws->editor()->messageText() + u'\n' +
                            visibleErrors(ws->editor()).join(u'\n')));
        const QString second = ws->editor()->listingId();
        QVERIFY(m_provider->syncOnce());
        QVERIFY(list->select(second));
        QCOMPARE(list->tabs()->currentIndex(), int(MyProducts::Pending));
        QTest::mouseClick(list->withdrawButton(), Qt::LeftButton);
        QCOMPARE(list->count(MyProducts::Withdrawn), m_before[MyProducts::Withdrawn] + 1);
        QVERIFY(m_provider->syncOnce());
        QTRY_COMPARE_WITH_TIMEOUT(m_provider->replica->pendingCount(), 0, 20000);
        QCOMPARE(listingState(*m_provider, second), QStringLiteral("withdrawn"));

        // delist the listed one with a reason
        list->setReasonPrompt([] { return QStringLiteral("产品升级，暂停销售"); });
        QVERIFY(list->select(m_listed));
        QTest::mouseClick(list->delistButton(), Qt::LeftButton);
        const int delisted = m_before[MyProducts::Delisted] + 1;
        QCOMPARE(list->count(MyProducts::Delisted), delisted);
        QCOMPARE(list->count(MyProducts::Listed), m_before[MyProducts::Listed]);
        QVERIFY(m_provider->syncOnce());
        QTRY_COMPARE_WITH_TIMEOUT(m_provider->replica->pendingCount(), 0, 20000);
        QCOMPARE(listingState(*m_provider, m_listed), QStringLiteral("delisted"));
        QVERIFY(list->tabs()
                    ->tabText(MyProducts::Delisted)
                    .contains(QStringLiteral("(%1)").arg(delisted)));

        // relist: submitted again, back to the operator's initial review
        QVERIFY(list->select(m_listed));
        QVERIFY(list->relistButton()->isEnabled());
        QTest::mouseClick(list->relistButton(), Qt::LeftButton);
        QCOMPARE(listingState(*m_provider, m_listed), QStringLiteral("pending_initial"));
        QCOMPARE(list->count(MyProducts::Delisted), m_before[MyProducts::Delisted]);
        QVERIFY(m_provider->syncOnce());
        QTRY_COMPARE_WITH_TIMEOUT(m_provider->replica->pendingCount(), 0, 20000);
        QCOMPARE(listingState(*m_provider, m_listed), QStringLiteral("pending_initial"));

        // the operator rejects the resubmission with a reason template: 已驳回 with stage and
        // reason
        {
            Desk op(*m_session, m_server.baseUrl(), QStringLiteral("operator"),
                    QStringLiteral("Ops#2026plat"));
            QVERIFY(op.syncOnce());
            QVERIFY(openFromInbox(op, m_listed));
            auto *review = op.workspace<ListingReview>(QStringLiteral("listing_review"));
            review->reasonTemplates()->setCurrentIndex(1);
            review->reasonText()->setPlainText(QStringLiteral("请补充第二个案例的合同。"));
            QTest::mouseClick(review->rejectButton(), Qt::LeftButton);
            QVERIFY2(review->errorText().isEmpty(), qPrintable(review->errorText()));
            QVERIFY(op.syncOnce());
            QTRY_COMPARE_WITH_TIMEOUT(op.replica->pendingCount(), 0, 20000);
        }
        QVERIFY(m_provider->syncOnce());
        QCOMPARE(listingState(*m_provider, m_listed), QStringLiteral("rejected"));
        QVERIFY(list->ids(MyProducts::Rejected).contains(m_listed));
        const int row = int(list->ids(MyProducts::Rejected).indexOf(m_listed));
        QTableWidget *rejected = list->table(MyProducts::Rejected);
        QVERIFY(rejected->item(row, 2)->text().contains(QStringLiteral("Initial")));
        QVERIFY2(
            rejected->item(row, 3)->text().contains(QStringLiteral("请补充第二个案例的合同。")),
            qPrintable(rejected->item(row, 3)->text()));
    }
};

int main(int argc, char **argv) {
    // QtWebEngine: shared GL contexts before the application; no sandbox as root.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    TestListingUi t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "test_listing_ui.moc"
