// The buyers' catalog (GET /api/v1/catalog) over 100,000 listings: CatalogQuery::run with tag
// filters (the listing_tags primary-key ranges), against a reference measured in the same run:
// the same filter answered by scanning the listing JSON (`data LIKE '%"tag"%'`), i.e. what the
// query would cost without the tag index.
//
//   bench_catalog [--listings N] [--runs R]
//
// N listings (default 100,000), 80% listed, each with 3 tags drawn from 200 (Zipf-like: tag k
// with weight 1/(k+1)), one category of 8, one industry of 20; inserted in one transaction in
// bulk mode, with their tag and facet rows. Each query is the whole catalog call: COUNT + the
// first page of 20 + JSON of the page.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include "models/listings/catalogquery.h"
#include "models/listings/listingstore.h"
#include "models/listings/listingvalidator.h"
#include "models/store/database.h"

using namespace dx;

namespace {

double median(QList<double> v) {
    if (v.isEmpty()) return 0;
    std::sort(v.begin(), v.end());
    const qsizetype mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

QString tagName(int k) {
    return QStringLiteral("tag%1").arg(k);
}

int drawTag(QRandomGenerator &rng) {
    // weight 1/(k+1) over 200 tags: a few popular tags, a long tail
    static const QList<double> cumulative = [] {
        QList<double> c;
        double sum = 0;
        for (int k = 0; k < 200; ++k) c << (sum += 1.0 / (k + 1));
        return c;
    }();
    const double x = rng.generateDouble() * cumulative.last();
    return int(std::lower_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
}

}  // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int n = 100000, runs = 15;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--listings")) n = args[i + 1].toInt();
        if (args[i] == QStringLiteral("--runs")) runs = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    auto opened =
        Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("bench"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = **opened;
    db.setBulkMode(true);
    QRandomGenerator rng(4);
    QElapsedTimer fill;
    fill.start();
    if (!db.beginWrite()) return 1;
    const QStringList &cats = ListingValidator::categories();
    const QStringList &inds = ListingValidator::industries();
    for (int i = 0; i < n; ++i) {
        const QString id =
            QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
        const bool listed = rng.bounded(10) < 8;
        QStringList tags;
        while (tags.size() < 3) {
            const QString t = tagName(drawTag(rng));
            if (!tags.contains(t)) tags << t;
        }
        const QString cat = cats[rng.bounded(cats.size())];
        const QString ind = inds[rng.bounded(inds.size())];
        const QString name = QStringLiteral("方案%1").arg(i);
        const QJsonObject data{{QStringLiteral("name"), name},
                               {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                               {QStringLiteral("categories"), QJsonArray{cat}},
                               {QStringLiteral("industries"), QJsonArray{ind}},
                               {QStringLiteral("price_low_fen"), 100000},
                               {QStringLiteral("price_high_fen"), 900000}};
        auto r = db.exec(
            QStringLiteral("INSERT INTO listings (id, org_id, org_name, state, name, data, "
                           "listed_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"),
            {id, QStringLiteral("org%1").arg(i % 500), QStringLiteral("服务商%1").arg(i % 500),
             listed ? QStringLiteral("listed") : QStringLiteral("draft"), name,
             QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
             listed ? qint64(1700000000000LL + i) : 0, 0, 0});
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        // The catalog's own index maintenance, as listing.final runs it.
        if (auto idx = ListingStore::refreshIndex(
                db, id, listed ? QStringLiteral("listed") : QStringLiteral("draft"), data);
            !idx) {
            std::fprintf(stderr, "%s\n", qPrintable(idx.error().message));
            return 1;
        }
    }
    if (!db.commit()) return 1;
    (void)db.exec(QStringLiteral("ANALYZE"));
    std::printf("filled %d listings in %.0f ms\n", n, fill.nsecsElapsed() / 1e6);

    struct Case {
        const char *label;
        QStringList tags;
        QString category;
    };
    const Case cases[] = {{"no filter", {}, {}},
                          {"1 popular tag (tag0)", {tagName(0)}, {}},
                          {"2 tags AND (tag0,tag1)", {tagName(0), tagName(1)}, {}},
                          {"1 rare tag (tag150)", {tagName(150)}, {}},
                          {"tag0 + category cloud", {tagName(0)}, QStringLiteral("cloud")}};
    std::printf("\ncatalog over %d listings, medians of %d runs (ms):\n", n, runs);
    std::printf("%-28s %8s %10s %12s %7s\n", "filter", "total", "indexed", "JSON scan", "ratio");
    for (const Case &c : cases) {
        CatalogFilter f;
        f.tags = c.tags;
        f.category = c.category;
        QList<double> indexed, scan;
        qint64 total = 0, scanTotal = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            auto out = CatalogQuery::run(db, f);
            indexed << t.nsecsElapsed() / 1e6;
            if (!out) return 1;
            total = out->value(QStringLiteral("total")).toInteger();
            // Reference: the same filter without the side tables, by scanning the JSON.
            QString where = QStringLiteral("state = 'listed'");
            QVariantList binds;
            for (const QString &tag : c.tags) {
                where += QStringLiteral(" AND data LIKE ?");
                binds << QString(QStringLiteral("%\"") + tag + QStringLiteral("\"%"));
            }
            if (!c.category.isEmpty()) {
                where += QStringLiteral(" AND data LIKE ?");
                binds << QString(QStringLiteral("%\"categories\":[\"") + c.category +
                                 QStringLiteral("\"%"));
            }
            t.restart();
            auto count =
                db.scalar(QStringLiteral("SELECT COUNT(*) FROM listings WHERE ") + where, binds);
            QVariantList page = binds;
            page << 20;
            auto rows = db.all(QStringLiteral("SELECT id, org_name, listed_at, data FROM listings "
                                              "WHERE ") +
                                   where + QStringLiteral(" ORDER BY listed_at DESC, id LIMIT ?"),
                               page);
            scan << t.nsecsElapsed() / 1e6;
            if (!count || !rows) return 1;
            scanTotal = count->toLongLong();
        }
        const double a = median(indexed), b = median(scan);
        std::printf("%-28s %8lld %10.2f %12.2f %6.1fx%s\n", c.label, static_cast<long long>(total),
                    a, b, b / a, total == scanTotal ? "" : "  (totals differ!)");
    }
    return 0;
}
