// The look and the polish of the desktop client (issue 9, items 8 and 9), on real widgets
// against a real dxserver: Qt's own Chinese catalogue, the collapsible sidebar with its counts,
// the inbox's date popup, empty states, every role's window at 1024×700, and the publish
// preview without empty sections.
#include <QAction>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <tuple>

#include "app/language.h"
#include "models/client/session.h"
#include "models/listings/listingpage.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/inbox/inboxwidget.h"
#include "ui/inbox/taskmodel.h"
#include "ui/listings/listingpreview.h"
#include "ui/listings/listingsworkspace.h"
#include "ui/look/look.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sidebar.h"
#include "ui/viewer/documentviewer.h"

using namespace dx;
using namespace dx::test;

namespace {
const QSize kSmallScreen(1024, 700);

QString withoutMnemonic(QString text) {
    return text.remove(QLatin1Char('&'));
}
}  // namespace

class TestLook : public QObject {
    Q_OBJECT

    TestServer m_server;
    QTemporaryDir m_dir;

    // The whole client of `user`, as dxdesk shows it after sign-in, synced once.
    std::unique_ptr<Desk> desk(Session &session, const QString &user, const QString &password,
                               const QSize &size = QSize(1280, 800)) {
        auto d = std::make_unique<Desk>(
            session, signInQuietly(session, m_server.baseUrl(), user, password), size);
        if (!d->syncOnce()) qWarning("first sync of %s failed", qPrintable(user));
        return d;
    }

private slots:
    void initTestCase() {
        // The UI settings (collapsed sidebar, column widths) of the test, not of the user.
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("dxdesk"), QStringLiteral("ui")).clear();
        installLanguage(QStringLiteral("zh_CN"));
        applyLook(*qApp);
        QVERIFY(m_server.seedDemo());
        QVERIFY(m_server.start());
    }

    void qtsOwnButtonsAreChinese() {
        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                        QMessageBox::Ok | QMessageBox::Cancel | QMessageBox::Yes | QMessageBox::No);
        box.show();
        QCOMPARE(withoutMnemonic(box.button(QMessageBox::Ok)->text()), QStringLiteral("确定"));
        QCOMPARE(withoutMnemonic(box.button(QMessageBox::Cancel)->text()), QStringLiteral("取消"));
        QVERIFY(box.button(QMessageBox::Yes)->text().startsWith(QStringLiteral("是")));  // 是(&Y)
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(withoutMnemonic(buttons.button(QDialogButtonBox::Cancel)->text()),
                 QStringLiteral("取消"));
    }

    void theIconsFollowALightOrDarkPalette() {
        const QPalette light = QGuiApplication::palette();
        QVERIFY(!isDarkPalette(light));
        const QString inbox = QStringLiteral("mail-folder-inbox");
        QVERIFY(bundledIconPath(inbox).contains(QStringLiteral("/breeze/")));
        QVERIFY(QFile::exists(bundledIconPath(inbox)));
        QVERIFY(!themeIcon(inbox).pixmap(22, 22).isNull());
        // The desktop switches to a dark scheme: light icons from then on.
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        QApplication::setPalette(dark);
        QVERIFY(isDarkPalette(QGuiApplication::palette()));
        QVERIFY(bundledIconPath(inbox).contains(QStringLiteral("/breeze-dark/")));
        QVERIFY(QFile::exists(bundledIconPath(inbox)));
        QApplication::setPalette(light);
        QVERIFY(bundledIconPath(inbox).contains(QStringLiteral("/breeze/")));
    }

    // The document viewer asks QIcon::fromTheme itself (it links no dxlook): the bundled icons
    // are Qt's fallback search path, so its toolbar has icons, not a row of words.
    void theViewerFindsTheBundledIcons() {
        QVERIFY(QIcon::fallbackSearchPaths().contains(QStringLiteral(":/icons/breeze")));
        DocumentViewer viewer;
        for (auto which : {DocumentViewer::Action::ZoomIn, DocumentViewer::Action::ZoomOut,
                           DocumentViewer::Action::FitWidth, DocumentViewer::Action::FitPage,
                           DocumentViewer::Action::RotateLeft, DocumentViewer::Action::RotateRight,
                           DocumentViewer::Action::Find, DocumentViewer::Action::Thumbnails,
                           DocumentViewer::Action::Print, DocumentViewer::Action::PrintToPdf})
            QVERIFY2(!viewer.action(which)->icon().pixmap(22, 22).isNull(),
                     qPrintable(viewer.action(which)->text()));
    }

    void theSidebarShowsCountsAndCollapsesToIcons() {
        Session session(m_dir.filePath(QStringLiteral("sidebar")));
        auto d = desk(session, QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        Sidebar *bar = d->window->sidebar();
        auto *inbox = d->workspace<InboxWidget>(QStringLiteral("inbox"));
        QVERIFY(bar && inbox);
        inbox->refresh();
        QVERIFY(inbox->pendingCount() > 0);
        QCOMPARE(bar->count(QStringLiteral("inbox")), inbox->pendingCount());
        // The count is read to screen readers with the title.
        const QListWidgetItem *entry = bar->list()->item(0);  // the reviewer's first: the inbox
        QVERIFY(entry->data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QString::number(inbox->pendingCount())));
        QVERIFY(!entry->icon().isNull());

        const int expanded = bar->width();
        QVERIFY(!bar->isCollapsed());
        QVERIFY(!bar->toggleButton()->accessibleName().isEmpty());
        QTest::mouseClick(bar->toggleButton(), Qt::LeftButton);
        QVERIFY(bar->isCollapsed());
        QVERIFY2(bar->width() < expanded / 2,
                 qPrintable(QStringLiteral("%1 → %2").arg(expanded).arg(bar->width())));
        QVERIFY(!bar->toggleButton()->accessibleName().isEmpty());
        // Collapsed, the entries still navigate and keep their counts.
        d->window->showWorkspace(QStringLiteral("problems"));
        QCOMPARE(d->window->currentWorkspace(), QStringLiteral("problems"));
        QCOMPARE(bar->count(QStringLiteral("inbox")), inbox->pendingCount());
        // The next window opens collapsed, as the user left it.
        QVERIFY(QSettings(QStringLiteral("dxdesk"), QStringLiteral("ui"))
                    .value(QStringLiteral("main/sidebarCollapsed"))
                    .toBool());
        QTest::mouseClick(bar->toggleButton(), Qt::LeftButton);
        QVERIFY(!bar->isCollapsed());
        QCOMPARE(bar->width(), expanded);
    }

    void theDatePopupOpensOnToday() {
        Session session(m_dir.filePath(QStringLiteral("dates")));
        auto d = desk(session, QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        auto *inbox = d->workspace<InboxWidget>(QStringLiteral("inbox"));
        d->window->showWorkspace(QStringLiteral("inbox"));
        QDateEdit *from = inbox->fromFilter();
        QCOMPARE(from->date(), from->minimumDate());  // "any"
        // A click on the drop-down arrow, as a user opens the calendar.
        QStyleOptionSpinBox opt;
        opt.initFrom(from);
        opt.subControls = QStyle::SC_SpinBoxUp;
        const QRect arrow =
            from->style()->subControlRect(QStyle::CC_SpinBox, &opt, QStyle::SC_SpinBoxUp, from);
        QTest::mouseClick(from, Qt::LeftButton, {}, arrow.center());
        QCalendarWidget *calendar = from->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        const QDate today = QDate::currentDate();
        QCOMPARE(calendar->yearShown(), today.year());
        QCOMPARE(calendar->monthShown(), today.month());
        QCOMPARE(from->date(), from->minimumDate());  // opening chooses nothing
        calendar->window()->close();
    }

    void anEmptyBoxSaysWhatWillAppear() {
        Session session(m_dir.filePath(QStringLiteral("empty")));
        auto d = desk(session, QStringLiteral("ent.certified"), QStringLiteral("Firm#2026cert"));
        auto *inbox = d->workspace<InboxWidget>(QStringLiteral("inbox"));
        d->window->showWorkspace(QStringLiteral("inbox"));
        inbox->tabs()->setCurrentIndex(0);  // an enterprise approves nothing
        inbox->refresh();
        QCOMPARE(inbox->rowCount(), 0);
        QVERIFY(inbox->isShowingEmptyState());
        QVERIFY(!inbox->table()->isVisible());
        QVERIFY(inbox->emptyStateText().size() > 20);

        // Its own applications are there; a filter that matches none says so.
        inbox->tabs()->setCurrentIndex(1);
        QTRY_VERIFY(inbox->rowCount() > 0);
        QVERIFY(!inbox->isShowingEmptyState());
        const QString unfiltered = inbox->emptyStateText();
        QTest::keyClicks(inbox->textFilter(), QStringLiteral("zzz-no-such-firm"));
        QTRY_VERIFY(inbox->isShowingEmptyState());
        QVERIFY(inbox->emptyStateText() != unfiltered);
        inbox->clearFilters();
        QVERIFY(!inbox->isShowingEmptyState());
    }

    void theInboxKeepsTheColumnWidthsTheUserChose() {
        Session session(m_dir.filePath(QStringLiteral("columns")));
        auto d = desk(session, QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"));
        auto *inbox = d->workspace<InboxWidget>(QStringLiteral("inbox"));
        d->window->showWorkspace(QStringLiteral("inbox"));
        QHeaderView *header = inbox->table()->horizontalHeader();
        // The name stretches; no column is left empty at the end.
        QCOMPARE(header->sectionResizeMode(TaskModel::TitleColumn), QHeaderView::Stretch);
        QVERIFY(!header->stretchLastSection());
        // The user drags the border of the applicant column 60 px wider.
        const int before = header->sectionSize(TaskModel::ApplicantColumn);
        const int edge = header->sectionViewportPosition(TaskModel::ApplicantColumn) + before - 1;
        const int y = header->height() / 2;
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, QPoint(edge, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + 30, y));
        QTest::mouseMove(header->viewport(), QPoint(edge + 60, y));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, QPoint(edge + 60, y));
        const int chosen = header->sectionSize(TaskModel::ApplicantColumn);
        QVERIFY2(chosen > before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(chosen)));
        // A new inbox (the next start) has the same width.
        InboxWidget again(*d->wb);
        again.resize(1000, 600);
        again.show();
        QCOMPARE(again.table()->horizontalHeader()->sectionSize(TaskModel::ApplicantColumn),
                 chosen);
    }

    void everyRolesWindowFitsASmallScreen_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("english");
        const QList<std::tuple<const char *, QString, QString, bool>> rows{
            {"county reviewer", QStringLiteral("reviewer.zy"), QStringLiteral("Review#2026zy"),
             false},
            {"operator", QStringLiteral("operator"), QStringLiteral("Ops#2026plat"), false},
            {"expert", QStringLiteral("expert1"), QStringLiteral("Panel#2026ex"), false},
            {"department", QStringLiteral("dept"), QStringLiteral("Final#2026hn"), false},
            {"provider", QStringLiteral("provider1"), QStringLiteral("Vendor#2026p1"), false},
            {"enterprise", QStringLiteral("ent.certified"), QStringLiteral("Firm#2026cert"), false},
            // English titles carry their Chinese term too: the longest texts.
            {"operator, English", QStringLiteral("operator"), QStringLiteral("Ops#2026plat"), true},
            {"provider, English", QStringLiteral("provider1"), QStringLiteral("Vendor#2026p1"),
             true},
        };
        for (const auto &[name, user, password, english] : rows)
            QTest::newRow(name) << user << password << english;
    }
    void everyRolesWindowFitsASmallScreen() {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, english);
        // English: the catalogues installLanguage() parented to the application step aside.
        const QList<QTranslator *> catalogues =
            english ? qApp->findChildren<QTranslator *>() : QList<QTranslator *>();
        for (QTranslator *t : catalogues) QCoreApplication::removeTranslator(t);
        const auto restore = qScopeGuard([&catalogues] {
            for (QTranslator *t : catalogues) QCoreApplication::installTranslator(t);
        });
        Session session(m_dir.filePath(QStringLiteral("fit-") + user));
        auto d = desk(session, user, password, kSmallScreen);
        MainWindow *w = d->window.get();
        // Every workspace in turn: none asks for more than the small screen.
        for (int i = 0; i < w->sidebar()->entryCount(); ++i) {
            w->sidebar()->setCurrentRow(i);
            const QString id = w->currentWorkspace();
            QApplication::processEvents();
            const QSize need = w->minimumSizeHint().expandedTo(w->minimumSize());
            QVERIFY2(need.width() <= kSmallScreen.width() && need.height() <= kSmallScreen.height(),
                     qPrintable(QStringLiteral("%1/%2 needs %3×%4")
                                    .arg(user, id)
                                    .arg(need.width())
                                    .arg(need.height())));
            QCOMPARE(w->size(), kSmallScreen);
        }
        // The listing editor, a page of 我的商品 behind its list.
        if (auto *products = d->workspace<ListingsWorkspace>(QStringLiteral("products"))) {
            w->showWorkspace(QStringLiteral("products"));
            products->showEditor();
            QApplication::processEvents();
            const QSize need = w->minimumSizeHint().expandedTo(w->minimumSize());
            QVERIFY2(need.width() <= kSmallScreen.width() && need.height() <= kSmallScreen.height(),
                     qPrintable(QStringLiteral("the listing editor needs %1×%2")
                                    .arg(need.width())
                                    .arg(need.height())));
            QCOMPARE(w->size(), kSmallScreen);
        }
        // The inbox filter row keeps its date fields whole ("From: any" is not clipped).
        if (auto *inbox = d->workspace<InboxWidget>(QStringLiteral("inbox"))) {
            w->showWorkspace(QStringLiteral("inbox"));
            QApplication::processEvents();
            for (QDateEdit *e : {inbox->fromFilter(), inbox->toFilter()})
                QVERIFY2(e->width() >= e->sizeHint().width(),
                         qPrintable(
                             QStringLiteral("%1 < %2").arg(e->width()).arg(e->sizeHint().width())));
        }
    }

    void thePublishPreviewLeavesOutEmptySections() {
        QJsonObject listing{
            {QStringLiteral("name"), QStringLiteral("云上进销存")},
            {QStringLiteral("modules"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("banner")},
                                    {QStringLiteral("title"), QStringLiteral("横幅标题")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("highlights")},
                                    {QStringLiteral("items"), QJsonArray{}}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("description")},
                                    {QStringLiteral("text"), QStringLiteral("说明文字")}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("support")}}}},
            {QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("phone"), QStringLiteral("13800000000")}}},
        };
        const QString html = ListingPage::render(listing, {});
        // What the provider filled is there …
        for (const char *shown :
             {"云上进销存", "横幅标题", "说明文字", "联系人信息", "13800000000"})
            QVERIFY2(html.contains(QString::fromUtf8(shown)), shown);
        // … and nothing they left empty: no section, no fact with an empty value.
        for (const char *omitted :
             {"商品亮点", "服务支持", "客户案例", "商品规格", "附件下载", "相关产品", "适用行业",
              "交付平均周期", "<dt>姓名</dt>", "<dt>邮箱</dt>", "class=\"discount\"", "<p></p>",
              "<!--IF", "<!--FI"})
            QVERIFY2(!html.contains(QString::fromUtf8(omitted)), omitted);
        // A banner with no text at all is not drawn either.
        listing.insert(QStringLiteral("modules"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("banner")}}});
        QVERIFY(!ListingPage::render(listing, {}).contains(QStringLiteral("class=\"banner")));
    }

    // In the web view the buyer's browser is: a long banner title without an image is shown
    // whole (the old page positioned the text over the image and cut it off).
    void theBannerTitleIsNotClipped() {
        Session session(m_dir.filePath(QStringLiteral("banner")));
        auto d = desk(session, QStringLiteral("provider1"), QStringLiteral("Vendor#2026p1"),
                      kSmallScreen);
        auto *products = d->workspace<ListingsWorkspace>(QStringLiteral("products"));
        QVERIFY(products);
        d->window->showWorkspace(QStringLiteral("products"));
        const QJsonObject listing{
            {QStringLiteral("name"), QStringLiteral("云上进销存")},
            {QStringLiteral("modules"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("banner")},
                 {QStringLiteral("title"),
                  QStringLiteral("面向中小制造企业的车间数字化与设备联网整体解决"
                                 "方案，覆盖生产、质量、仓储与设备运维全流程")},
                 {QStringLiteral("text"), QStringLiteral("设备联网、生产透明、质量可追溯")}}}}};
        QSignalSpy loaded(products->preview(), &ListingPreview::loaded);
        products->showPreview(listing);
        QVERIFY(loaded.wait(30000) || products->preview()->isLoaded());
        const QString script = QStringLiteral(
            "(() => { const b = document.querySelector('.banner').getBoundingClientRect();"
            " const t = document.querySelector('.banner h2').getBoundingClientRect();"
            " const p = document.querySelector('.banner p').getBoundingClientRect();"
            " return [b.top, b.bottom, t.top, t.bottom, p.bottom].map(Math.round).join(' '); })()");
        QString geometry;
        products->preview()->view()->page()->runJavaScript(
            script, [&geometry](const QVariant &v) { geometry = v.toString(); });
        QTRY_VERIFY_WITH_TIMEOUT(!geometry.isEmpty(), 10000);
        const QStringList n = geometry.split(u' ');
        QCOMPARE(n.size(), 5);
        const int bannerTop = n[0].toInt(), bannerBottom = n[1].toInt(), titleTop = n[2].toInt(),
                  titleBottom = n[3].toInt(), textBottom = n[4].toInt();
        QVERIFY2(titleBottom > titleTop + 40, qPrintable(geometry));  // wraps to two lines or more
        QVERIFY2(titleTop >= bannerTop && textBottom <= bannerBottom, qPrintable(geometry));
    }
};

int main(int argc, char **argv) {
    // QtWebEngine (the publish preview): shared GL contexts before the application; no sandbox
    // as root.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    TestLook t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}
#include "test_look.moc"
