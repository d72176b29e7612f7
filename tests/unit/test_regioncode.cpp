#include <QFile>
#include <QTest>

#include "models/domain/regioncode.h"

using namespace Qt::StringLiterals;
using dx::RegionCode;

class TestRegionCode : public QObject {
    Q_OBJECT

private slots:
    void names_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("fullName");
        QTest::addColumn<bool>("county");

        QTest::newRow("province") << u"410000"_s << u"河南省"_s << u"河南省"_s << false;
        QTest::newRow("prefecture") << u"410100"_s << u"郑州市"_s << u"河南省郑州市"_s << false;
        QTest::newRow("中原区") << u"410102"_s << u"中原区"_s << u"河南省郑州市中原区"_s << true;
        QTest::newRow("二七区") << u"410103"_s << u"二七区"_s << u"河南省郑州市二七区"_s << true;
        QTest::newRow("金水区") << u"410105"_s << u"金水区"_s << u"河南省郑州市金水区"_s << true;
        // Placeholder groupings (市辖区, 省直辖县级行政区划) are not part of the full name.
        QTest::newRow("municipality district")
            << u"110101"_s << u"东城区"_s << u"北京市东城区"_s << true;
        QTest::newRow("province-administered city")
            << u"419001"_s << u"济源市"_s << u"河南省济源市"_s << true;
    }
    void names() {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, fullName);
        QFETCH(bool, county);
        const auto region = RegionCode::parse(code);
        QVERIFY2(region.ok(), qPrintable(region.ok() ? QString() : region.error().message));
        QCOMPARE(region->code(), code);
        QCOMPARE(region->name(), name);
        QCOMPARE(region->fullName(), fullName);
        QCOMPARE(region->isCounty(), county);
        QVERIFY(RegionCode::exists(code));
    }

    void parents() {
        const auto county = RegionCode::parse(u"410102"_s);
        QVERIFY(county.ok());
        const auto prefecture = county->parent();
        QVERIFY(prefecture.has_value());
        QCOMPARE(prefecture->code(), u"410100"_s);
        const auto province = prefecture->parent();
        QVERIFY(province.has_value());
        QCOMPARE(province->code(), u"410000"_s);
        QVERIFY(!province->parent().has_value());
    }

    void invalid_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");

        QTest::newRow("empty") << QString() << u"required"_s;
        QTest::newRow("five digits") << u"41010"_s << u"invalid"_s;
        QTest::newRow("seven digits") << u"4101021"_s << u"invalid"_s;
        QTest::newRow("letters") << u"41A102"_s << u"invalid"_s;
        QTest::newRow("not in the table") << u"999999"_s << u"invalid"_s;
        QTest::newRow("placeholder county omitted") << u"410101"_s << u"invalid"_s;
        QTest::newRow("inner tab") << u"410\t102"_s << u"invalid"_s;
        QTest::newRow("only separators") << u" -\u3000"_s << u"required"_s;
    }
    void invalid() {
        QFETCH(QString, code);
        QFETCH(QString, error);
        const auto region = RegionCode::parse(code, u"org.region"_s);
        QVERIFY(!region.ok());
        QCOMPARE(region.error().code, error);
        QCOMPARE(region.error().field, u"org.region"_s);
        QVERIFY(!RegionCode::exists(code));
    }

    void presentedForms_data() {
        QTest::addColumn<QString>("text");

        QTest::newRow("leading space") << u" 410102"_s;
        QTest::newRow("trailing space") << u"410102 "_s;
        QTest::newRow("ideographic spaces") << u"\u3000410102\u3000"_s;
        QTest::newRow("full-width") << u"４１０１０２"_s;
        QTest::newRow("inner space") << u"410 102"_s;
        QTest::newRow("hyphens") << u"41-01-02"_s;
        QTest::newRow("full-width hyphen") << u"4101－02"_s;
    }
    void presentedForms() {
        // Issue 8: exists() reads a code as parse() does, and parse() stores it canonical.
        QFETCH(QString, text);
        const auto region = RegionCode::parse(text);
        QVERIFY(region.ok());
        QCOMPARE(region->code(), u"410102"_s);
        QCOMPARE(region->name(), u"中原区"_s);
        QVERIFY(RegionCode::exists(text));
    }

    void existsAgreesWithParse() {
        for (const QString &text :
             {u" 410102"_s, u"410102"_s, u"410\t102"_s, u" 410101"_s, u"41010"_s, u""_s, u" "_s,
              u"４１０１０２"_s, u"41０1０A"_s, u"999999"_s, u"4101022"_s}) {
            QVERIFY2(RegionCode::exists(text) == RegionCode::parse(text).ok(), qPrintable(text));
        }
    }

    void tableIsWellFormed() {
        // Every row: 6 digits, a name, and a parent that exists one level up.
        QFile file(u":/regions/gb2260.tsv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith('#'));
        int rows = 0;
        QString previous;
        while (!file.atEnd()) {
            const QStringList columns = QString::fromUtf8(file.readLine()).chopped(1).split(u'\t');
            QCOMPARE(columns.size(), 3);
            const QString &code = columns[0];
            QVERIFY2(code > previous, qPrintable(code));
            previous = code;
            QVERIFY(!columns[1].isEmpty());
            const auto region = RegionCode::parse(code);
            QVERIFY(region.ok());
            if (code.endsWith(u"0000"_s)) {
                QVERIFY(columns[2].isEmpty());
            } else if (code.endsWith(u"00"_s)) {
                QCOMPARE(columns[2], code.left(2) + u"0000"_s);
            } else {
                QCOMPARE(columns[2], code.left(4) + u"00"_s);
            }
            if (!columns[2].isEmpty()) QVERIFY(RegionCode::exists(columns[2]));
            ++rows;
        }
        QVERIFY(rows > 3000);
    }
};

QTEST_GUILESS_MAIN(TestRegionCode)
#include "test_regioncode.moc"
