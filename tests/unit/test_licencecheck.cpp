// The rules that compare a business licence's recognised text with the declared profile
// (models/workflow/licencecheck.h): the fields read out of real Tesseract output of a demo
// licence, full/half width and spaces, 有限公司 = 有限责任公司, and the type vocabulary.
#include <QTest>

#include "models/workflow/licencecheck.h"

using namespace dx;
using Verdict = LicenceCheck::Verdict;
Q_DECLARE_METATYPE(LicenceCheck::Verdict)

class TestLicenceCheck : public QObject {
    Q_OBJECT

private slots:
    void readsTheFieldsDespiteMangledLabels() {
        // Tesseract 5 (chi_sim) on a demo licence, as read: the labels 名称 and 类型 come out
        // garbled, the values intact.
        const QString text = QStringLiteral(
            "营业执照\n\n统一社会信用代码 91410102MA44C8XQ3K\n名 Ph 郑州金盛智能制造有限公司\n\n"
            "类 WH 有限责任公司\n\n法定代表人 王建国\n\n住 所 河南省郑州市中原区\n\n"
            "成立日期 2017年8月8日\n");
        const LicenceReading r = LicenceCheck::parse(text);
        QCOMPARE(r.creditCode, QStringLiteral("91410102MA44C8XQ3K"));
        QCOMPARE(r.name, QStringLiteral("郑州金盛智能制造有限公司"));
        QCOMPARE(r.type, QStringLiteral("有限责任公司"));

        const LicenceReading clean = LicenceCheck::parse(QStringLiteral(
            "= Ml FA Be\n名 称 郑州金盛智能制造有限公司\n类 ”型 有限责任公司（自然人投资或控股）\n"
            "统一社会信用代码 9141O1O2MA44C8XQ3K\n"));
        QCOMPARE(clean.creditCode, QStringLiteral("91410102MA44C8XQ3K"));  // O read as 0
        QCOMPARE(clean.name, QStringLiteral("郑州金盛智能制造有限公司"));
        QCOMPARE(clean.type, QStringLiteral("有限责任公司(自然人投资或控股)"));
    }

    void nothingReadIsUnreadable() {
        const LicenceReading r = LicenceCheck::parse(QStringLiteral("样本 仅供演示\n\n"));
        QVERIFY(r.creditCode.isEmpty() && r.name.isEmpty() && r.type.isEmpty());
        QCOMPARE(
            LicenceCheck::compareCreditCode(QStringLiteral("91410102MA44C8XQ3K"), r.creditCode),
            Verdict::Unreadable);
        QCOMPARE(LicenceCheck::compareName(QStringLiteral("某某有限公司"), QStringLiteral("  ")),
                 Verdict::Unreadable);
        QCOMPARE(LicenceCheck::compareType(QStringLiteral("private"), {}), Verdict::Unreadable);
        const QList<ReviewCheck> lines = LicenceCheck::checks({}, r);
        QCOMPARE(lines.size(), 3);
        for (const ReviewCheck &c : lines) QCOMPARE(c.level, ReviewCheck::Level::Warning);
    }

    void creditCodesCompareInAnyWidth() {
        QCOMPARE(
            LicenceCheck::compareCreditCode(QStringLiteral("91410102MA44C8XQ3K"),
                                            QStringLiteral("９１４１０１０２ＭＡ４４Ｃ８ＸＱ３Ｋ")),
            Verdict::Match);
        QCOMPARE(LicenceCheck::compareCreditCode(QStringLiteral("91410102ma44c8xq3k"),
                                                 QStringLiteral("91410102 MA44C8XQ3K")),
                 Verdict::Match);
        QCOMPARE(LicenceCheck::compareCreditCode(QStringLiteral("91410102MA44C8XQ3K"),
                                                 QStringLiteral("91410102MA44C8XQ3Y")),
                 Verdict::Mismatch);
    }

    void namesIgnoreWidthSpacesAndTheLongFormOfLimitedCompany() {
        QCOMPARE(LicenceCheck::compareName(QStringLiteral("郑州金盛智能制造有限公司"),
                                           QStringLiteral("郑州金盛智能制造 有限责任公司")),
                 Verdict::Match);
        QCOMPARE(LicenceCheck::compareName(QStringLiteral("郑州金盛（中原）科技有限公司"),
                                           QStringLiteral("郑州金盛(中原)科技有限公司")),
                 Verdict::Match);
        QCOMPARE(LicenceCheck::compareName(QStringLiteral("郑州金盛智能制造有限公司"),
                                           QStringLiteral("郑州金胜智能制造有限公司")),
                 Verdict::Mismatch);
        QCOMPARE(LicenceCheck::normaliseName(QStringLiteral("Ａｂ 有限责任公司")),
                 QStringLiteral("AB有限公司"));
    }

    void typesFollowTheVocabulary_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("licence");
        QTest::addColumn<Verdict>("verdict");
        const auto row = [](const char *name, const char *code, const QString &licence, Verdict v) {
            QTest::newRow(name) << QString::fromLatin1(code) << licence << v;
        };
        row("private, limited", "private", QStringLiteral("有限责任公司"), Verdict::Match);
        row("private, natural persons", "private",
            QStringLiteral("有限责任公司（自然人投资或控股）"), Verdict::Match);
        row("private, sole", "private", QStringLiteral("个人独资企业"), Verdict::Match);
        row("private, state-controlled", "private", QStringLiteral("有限责任公司（国有控股）"),
            Verdict::Mismatch);
        row("joint stock, limited", "joint_stock", QStringLiteral("有限责任公司"),
            Verdict::Mismatch);
        row("joint stock, shares", "joint_stock", QStringLiteral("股份有限公司（非上市）"),
            Verdict::Match);
        row("state, whole people", "state_owned", QStringLiteral("全民所有制"), Verdict::Match);
        row("state, sole", "state_owned", QStringLiteral("有限责任公司（国有独资）"),
            Verdict::Match);
        row("state, plain limited", "state_owned", QStringLiteral("有限责任公司"),
            Verdict::Mismatch);
        row("collective", "collective", QStringLiteral("集体所有制"), Verdict::Match);
        row("joint venture", "joint_venture", QStringLiteral("有限责任公司（中外合资）"),
            Verdict::Match);
        row("foreign", "foreign", QStringLiteral("有限责任公司（外商投资）"), Verdict::Match);
        row("foreign, plain", "foreign", QStringLiteral("有限责任公司"), Verdict::Mismatch);
        row("hk", "hk_macao_taiwan", QStringLiteral("有限责任公司（台港澳法人独资）"),
            Verdict::Match);
        row("unknown code", "martian", QStringLiteral("有限责任公司"), Verdict::Mismatch);
    }
    void typesFollowTheVocabulary() {
        QFETCH(QString, code);
        QFETCH(QString, licence);
        QFETCH(Verdict, verdict);
        QCOMPARE(LicenceCheck::compareType(code, licence), verdict);
    }

    void theChecklistQuotesWhatWasRead() {
        const LicenceCheck::Declared declared{
            QStringLiteral("91410102MA44C8XQ3K"), QStringLiteral("郑州金盛智能制造有限公司"),
            QStringLiteral("joint_stock"), QStringLiteral("Joint-stock enterprise")};
        const LicenceReading read{QStringLiteral("91410102MA44C8XQ3K"),
                                  QStringLiteral("郑州金盛智能制造有限责任公司"),
                                  QStringLiteral("有限责任公司")};
        const QList<ReviewCheck> lines = LicenceCheck::checks(declared, read);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].level, ReviewCheck::Level::Pass);
        QVERIFY(lines[0].text.contains(QStringLiteral("91410102MA44C8XQ3K")));
        QCOMPARE(lines[1].level, ReviewCheck::Level::Pass);
        QCOMPARE(lines[2].level, ReviewCheck::Level::Fail);
        QVERIFY2(lines[2].text.contains(QStringLiteral("有限责任公司")) &&
                     lines[2].text.contains(QStringLiteral("Joint-stock enterprise")) &&
                     lines[2].text.contains(QStringLiteral("does not match")),
                 qPrintable(lines[2].text));
    }
};

QTEST_GUILESS_MAIN(TestLicenceCheck)
#include "test_licencecheck.moc"
