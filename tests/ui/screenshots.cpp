// Makes the README's screenshots offscreen, from the real client against a real demo server:
//   dx_screenshots OUTDIR [--lang zh_CN|en]      (packaging/screenshots.sh runs it)
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cstdio>

#include "app/language.h"
#include "app/workspaces.h"
#include "models/blobs/blobstore.h"
#include "models/client/session.h"
#include "models/client/syncclient.h"
#include "models/domain/uploadrule.h"
#include "models/sync/replica.h"
#include "tests/support/testserver.h"
#include "tests/ui/uitesthelpers.h"
#include "ui/inbox/inboxwidget.h"
#include "ui/listings/listingeditor.h"
#include "ui/listings/listingpreview.h"
#include "ui/listings/listingreview.h"
#include "ui/listings/listingsworkspace.h"
#include "ui/look/look.h"
#include "ui/review/certificationreview.h"
#include "ui/shell/mainwindow.h"
#include "ui/signin/signindialog.h"

using namespace dx;

namespace {

void save(QWidget &w, const QString &path) {
    QTest::qWait(300);  // let queued renders land
    if (!w.grab().save(path)) qFatal("cannot write %s", qPrintable(path));
    std::printf("wrote %s\n", qPrintable(path));
}

// A demo image with a caption, attached like the editor does (rule checked, in the blob store).
QString demoImage(SyncClient &sync, const QString &dir, const QString &name, const QColor &color,
                  const QString &caption, const QString &rule = QStringLiteral("listing_image")) {
    QImage img(960, 420, QImage::Format_RGB32);
    img.fill(color);
    QPainter p(&img);
    p.setPen(Qt::white);
    p.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 40));
    p.drawText(img.rect(), Qt::AlignCenter, caption);
    p.end();
    const QString path = dir + u'/' + name;
    img.save(path);
    return sync.attachFile(path, *UploadRule::forPurpose(rule), {}).value();
}

// A complete demo listing (docs/LISTINGS.md) with its images in the provider's blob store.
QJsonObject demoListing(SyncClient &sync, const QString &dir) {
    const QString display = demoImage(sync, dir, QStringLiteral("display.png"),
                                      QColor(0x1d, 0x5f, 0xbf), QStringLiteral("慧制MES"));
    const QString banner = demoImage(sync, dir, QStringLiteral("banner.png"),
                                     QColor(0x1d, 0x35, 0x57), QStringLiteral("车间数字化"));
    const QString shot = demoImage(sync, dir, QStringLiteral("shot.png"), QColor(0x2a, 0x9d, 0x8f),
                                   QStringLiteral("产线看板"));
    const QString pdfPath = dir + QStringLiteral("/case.pdf");
    {
        QPdfWriter pdf(pdfPath);
        QPainter p(&pdf);
        p.drawText(QRect(0, 0, 4000, 800), Qt::AlignLeft, QStringLiteral("案例介绍"));
    }
    const QString doc =
        sync.attachFile(pdfPath, *UploadRule::forPurpose(QStringLiteral("case_document")), {})
            .value();
    const QStringList customers{QStringLiteral("郑州宏达机械有限公司"),
                                QStringLiteral("洛阳恒信食品有限公司"),
                                QStringLiteral("新乡瑞丰纺织有限公司")};
    QJsonArray cases, userCases;
    for (const QString &c : customers) {
        cases.append(QJsonObject{{QStringLiteral("customer"), c},
                                 {QStringLiteral("annual_output_fen"), 1234567000000LL},
                                 {QStringLiteral("sale_amount_fen"), 50500000},
                                 {QStringLiteral("delivery_months"), 6},
                                 {QStringLiteral("contact_name"), QStringLiteral("王经理")},
                                 {QStringLiteral("document"), doc}});
        userCases.append(QJsonObject{
            {QStringLiteral("text"), QString(c + QStringLiteral("：产线效率提升20%。"))},
            {QStringLiteral("image"), shot}});
    }
    const QString name = QStringLiteral("慧制MES车间数字化方案");
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("product"), QStringLiteral("慧制MES")},
        {QStringLiteral("catalog"), QStringLiteral("solutions_products")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("智能制造"), QStringLiteral("MES")}},
        {QStringLiteral("display_image"), display},
        {QStringLiteral("categories"), QJsonArray{QStringLiteral("software_products")}},
        {QStringLiteral("industries"), QJsonArray{QStringLiteral("C")}},
        {QStringLiteral("price_low_fen"), 980000},
        {QStringLiteral("price_high_fen"), 12800050},
        {QStringLiteral("delivery_days"), 45},
        {QStringLiteral("person_days"), 20},
        {QStringLiteral("discount_note"), QStringLiteral("享受省30%优惠")},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("张工")},
                     {QStringLiteral("phone"), QStringLiteral("13812345678")},
                     {QStringLiteral("email"), QStringLiteral("sales@example.com")}}},
        {QStringLiteral("modules"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("banner")},
                         {QStringLiteral("title"), name},
                         {QStringLiteral("text"), QStringLiteral("设备联网、生产透明、质量可追溯")},
                         {QStringLiteral("image"), banner}},
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("highlights")},
                 {QStringLiteral("items"),
                  QJsonArray{
                      QJsonObject{{QStringLiteral("title"), QStringLiteral("设备联网")},
                                  {QStringLiteral("text"), QStringLiteral("主流PLC即插即用")}},
                      QJsonObject{
                          {QStringLiteral("title"), QStringLiteral("实时看板")},
                          {QStringLiteral("text"), QStringLiteral("产量、良率一屏可见")}}}}},
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("description")},
                 {QStringLiteral("text"), QStringLiteral("服务内容：部署、培训与一年运维。")}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("media")},
                         {QStringLiteral("items"), QJsonArray{shot}}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("user_cases")},
                         {QStringLiteral("items"), userCases}},
             QJsonObject{{QStringLiteral("type"), QStringLiteral("support")},
                         {QStringLiteral("hours"), QStringLiteral("工作日 9:00-18:00")},
                         {QStringLiteral("content"), QStringLiteral("远程与现场支持")},
                         {QStringLiteral("hotline"), QStringLiteral("0371-12345678")},
                         {QStringLiteral("email"), QStringLiteral("help@example.com")}}}},
        {QStringLiteral("specs"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("标准版")},
                                {QStringLiteral("mode"), QStringLiteral("monthly")},
                                {QStringLiteral("pricing"), QStringLiteral("simple")},
                                {QStringLiteral("price_fen"), 19900}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("试用版")},
                                {QStringLiteral("mode"), QStringLiteral("monthly")},
                                {QStringLiteral("pricing"), QStringLiteral("free")},
                                {QStringLiteral("price_fen"), 0}}}},
        {QStringLiteral("attachments"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("产品白皮书")},
                                {QStringLiteral("blob"), doc}}}}};
}
}  // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The publish preview is a QtWebEngine view: shared GL contexts, no sandbox as root.
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: dx_screenshots OUTDIR [--lang zh_CN|en]\n");
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const bool chinese = !args.contains(QStringLiteral("en"));
    installLanguage(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    applyLook(app);

    test::TestServer server;
    if (!server.seedDemo() || !server.start()) return 1;
    QTemporaryDir profile;
    Session session(profile.path());
    const QSize kShot(1280, 800);  // the windows' size in the README

    // 0. The sign-in window with the demo accounts one click away, grouped by role.
    {
        SignInDialog signIn(session, server.baseUrl(), true);
        signIn.show();
        save(signIn, out.filePath(QStringLiteral("signin.png")));
    }

    // 1. The county reviewer's inbox (待办), synced, documents downloaded for offline work.
    test::Desk reviewer(
        session,
        test::signInQuietly(session, server.baseUrl(), QStringLiteral("reviewer.zy"),
                            QStringLiteral("Review#2026zy")),
        kShot);
    if (!reviewer.syncOnce()) return 1;
    reviewer.sync->prefetch();
    QTest::qWait(3000);
    reviewer.window->showWorkspace(QStringLiteral("inbox"));
    save(*reviewer.window, out.filePath(QStringLiteral("inbox.png")));

    // 2. The review screen with the licence open beside the organisation's data and checks.
    auto *inbox = qobject_cast<InboxWidget *>(reviewer.window->workspace(QStringLiteral("inbox")));
    inbox->table()->setCurrentIndex(inbox->table()->model()->index(0, 0));
    QTest::keyClick(inbox->table(), Qt::Key_Return);
    QTest::qWait(1500);
    save(*reviewer.window, out.filePath(QStringLiteral("review.png")));

    // 3. Sync status: offline, with decisions waiting to sync.
    server.stop();
    auto *review =
        qobject_cast<CertificationReview *>(reviewer.window->workspace(QStringLiteral("review")));
    review->setConfirm([](const QString &, const QString &) { return true; });
    QTest::mouseClick(review->approveButton(), Qt::LeftButton);
    QTest::qWait(500);
    QTest::mouseClick(review->approveButton(), Qt::LeftButton);
    reviewer.syncOnce();
    save(*reviewer.window, out.filePath(QStringLiteral("sync-status.png")));
    reviewer.window->showWorkspace(QStringLiteral("problems"));
    save(*reviewer.window, out.filePath(QStringLiteral("sync-problems.png")));
    if (!server.start()) return 1;

    // 4. The enterprise's certification workspace.
    test::Desk enterprise(
        session,
        test::signInQuietly(session, server.baseUrl(), QStringLiteral("ent.pending"),
                            QStringLiteral("Firm#2026pend")),
        kShot);
    if (!enterprise.syncOnce()) return 1;
    enterprise.window->showWorkspace(QStringLiteral("organisation"));
    save(*enterprise.window, out.filePath(QStringLiteral("enterprise.png")));

    // 5. The provider's listing editor (商品编辑) and its publish preview (发布预览).
    test::Desk provider(session,
                        test::signInQuietly(session, server.baseUrl(), QStringLiteral("provider1"),
                                            QStringLiteral("Vendor#2026p1")),
                        kShot);
    if (!provider.syncOnce()) return 1;
    // Its administration workspaces, one shot each.
    for (const char *id : {"organisation", "products", "experts", "users", "bank_accounts"}) {
        if (!provider.window->workspace(QString::fromLatin1(id))) return 1;
        provider.window->showWorkspace(QString::fromLatin1(id));
        save(*provider.window,
             out.filePath(QStringLiteral("provider-%1.png").arg(QString::fromLatin1(id))));
    }
    provider.window->showWorkspace(QStringLiteral("products"));
    auto *products =
        qobject_cast<ListingsWorkspace *>(provider.window->workspace(QStringLiteral("products")));
    products->showEditor();
    products->editor()->setListing(demoListing(*provider.sync, profile.path()));
    save(*provider.window, out.filePath(QStringLiteral("listing-editor.png")));
    QSignalSpy loaded(products->preview(), &ListingPreview::loaded);
    QTest::mouseClick(products->editor()->previewButton(), Qt::LeftButton);
    if (!products->preview()->isLoaded() && !loaded.wait(30000)) return 1;
    QTest::qWait(1500);  // let the web view paint
    save(*provider.window, out.filePath(QStringLiteral("listing-preview.png")));

    // 6. The operator's listing review desk (商品审核), opened from the inbox.
    test::Desk operatorDesk(
        session,
        test::signInQuietly(session, server.baseUrl(), QStringLiteral("operator"),
                            QStringLiteral("Ops#2026plat")),
        kShot);
    if (!operatorDesk.syncOnce()) return 1;
    auto *operatorInbox =
        qobject_cast<InboxWidget *>(operatorDesk.window->workspace(QStringLiteral("inbox")));
    for (int row = 0; row < operatorInbox->table()->model()->rowCount(); ++row) {
        operatorDesk.window->showWorkspace(QStringLiteral("inbox"));
        operatorInbox->table()->setCurrentIndex(operatorInbox->table()->model()->index(row, 0));
        QTest::keyClick(operatorInbox->table(), Qt::Key_Return);
        if (operatorDesk.window->currentWorkspace() == QStringLiteral("listing_review")) break;
    }
    QTest::qWait(1500);
    save(*operatorDesk.window, out.filePath(QStringLiteral("listing-review.png")));
    return 0;
}
