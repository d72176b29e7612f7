#include <QBuffer>
#include <QImage>
#include <QTest>

#include "models/domain/filesniffer.h"
#include "models/domain/uploadrule.h"

using namespace dx;

namespace {

QByteArray imageBytes(int width, int height, const char *format) {
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray pdfBytes() {
    return QByteArray("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
}

void appendU16(QByteArray &b, quint16 v) {
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void appendU32(QByteArray &b, quint32 v) {
    appendU16(b, quint16(v & 0xFFFF));
    appendU16(b, quint16(v >> 16));
}

// A stored (uncompressed) zip archive with the given entries, central directory included.
QByteArray zipBytes(const QList<QPair<QByteArray, QByteArray>> &entries) {
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : entries) {
        const quint32 offset = quint32(out.size());
        QByteArray header;
        appendU16(header, 20);  // version needed
        appendU16(header, 0);   // flags
        appendU16(header, 0);   // stored
        appendU32(header, 0);   // time, date
        appendU32(header, 0);   // crc (not checked by the sniffer)
        appendU32(header, quint32(data.size()));
        appendU32(header, quint32(data.size()));
        appendU16(header, quint16(name.size()));
        appendU16(header, 0);
        out.append("PK\x03\x04", 4).append(header).append(name).append(data);

        directory.append("PK\x01\x02", 4);
        appendU16(directory, 20);
        directory.append(header);
        appendU16(directory, 0);  // comment
        appendU16(directory, 0);  // disk
        appendU16(directory, 0);  // internal attributes
        appendU32(directory, 0);  // external attributes
        appendU32(directory, offset);
        directory.append(name);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    out.append("PK\x05\x06", 4);
    appendU32(out, 0);
    appendU16(out, quint16(entries.size()));
    appendU16(out, quint16(entries.size()));
    appendU32(out, quint32(directory.size()));
    appendU32(out, directoryOffset);
    appendU16(out, 0);
    return out;
}

UploadRule ruleFor(const char *purpose) {
    const auto rule = UploadRule::forPurpose(QString::fromLatin1(purpose));
    if (!rule) qFatal("no upload rule for %s", purpose);
    return *rule;
}

}  // namespace

/// UploadRule and FileSniffer: uploads are judged by their bytes, sizes and image headers.
class TestUploadRule : public QObject {
    Q_OBJECT

private slots:
    void everyPurposeHasARule() {
        QCOMPARE(UploadRule::purposes().size(), 10);
        for (const QString &purpose : UploadRule::purposes())
            QVERIFY(UploadRule::forPurpose(purpose).has_value());
        QVERIFY(!UploadRule::forPurpose(QStringLiteral("anything")).has_value());
        QCOMPARE(ruleFor("payment_proof").maxFiles, 3);
        QCOMPARE(ruleFor("expert_photo").maxBytes, 2048 * 1024);
    }

    void sniffsByMagicBytes() {
        QCOMPARE(FileSniffer::sniff(imageBytes(10, 10, "PNG")), QStringLiteral("png"));
        QCOMPARE(FileSniffer::sniff(imageBytes(10, 10, "JPG")), QStringLiteral("jpg"));
        QCOMPARE(FileSniffer::sniff(QByteArray("\xFF\xD8\xFF\xE0", 4)), QStringLiteral("jpg"));
        QCOMPARE(FileSniffer::sniff(imageBytes(10, 10, "BMP")), QStringLiteral("bmp"));
        QCOMPARE(FileSniffer::sniff(pdfBytes()), QStringLiteral("pdf"));
        QCOMPARE(FileSniffer::sniff(QByteArray("Rar!\x1A\x07\x01\x00", 8)), QStringLiteral("rar"));
        QCOMPARE(FileSniffer::sniff(QByteArray("\x00\x00\x00\x20"
                                               "ftypisom",
                                               12)),
                 QStringLiteral("mp4"));
        QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        QCOMPARE(FileSniffer::sniff(ole), QStringLiteral("doc"));
        const QString pptName = QStringLiteral("PowerPoint Document");
        ole.append(reinterpret_cast<const char *>(pptName.utf16()), pptName.size() * 2);
        QCOMPARE(FileSniffer::sniff(ole), QStringLiteral("ppt"));
        QCOMPARE(FileSniffer::sniff(QByteArray("BM not really a bitmap header")), QString());
        QCOMPARE(FileSniffer::sniff(QByteArray("plain text")), QString());
        QCOMPARE(FileSniffer::sniff(QByteArray()), QString());
    }

    void docxIsToldFromZipByItsEntries() {
        const QByteArray docx = zipBytes({{"[Content_Types].xml", "<Types/>"},
                                          {"_rels/.rels", "<Relationships/>"},
                                          {"word/document.xml", "<w:document/>"}});
        QCOMPARE(FileSniffer::sniff(docx), QStringLiteral("docx"));
        QCOMPARE(FileSniffer::sniff(zipBytes({{"ppt/presentation.xml", "<p/>"}})),
                 QStringLiteral("pptx"));
        QCOMPARE(FileSniffer::sniff(zipBytes({{"xl/workbook.xml", "<x/>"}})),
                 QStringLiteral("xlsx"));
        const QByteArray zip = zipBytes({{"report.txt", "hello"}, {"data/word.txt", "x"}});
        QCOMPARE(FileSniffer::sniff(zip), QStringLiteral("zip"));

        QVERIFY(ruleFor("redemption_general").check(docx).ok());
        const Status refused = ruleFor("redemption_general").check(zip, QStringLiteral("a.docx"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QLatin1String(ErrorCode::FileType));
        QVERIFY(ruleFor("redemption_diagnosis").check(zip).ok());
        QVERIFY(!ruleFor("redemption_diagnosis").check(docx).ok());
    }

    void officeEntriesBeyondTheHeadAreFoundInTheCentralDirectory() {
        // The word/ entry starts past the first 64 KB; the device sniffer reads the tail too.
        QByteArray filler(FileSniffer::HeadBytes + 1000, 'x');
        const QByteArray docx =
            zipBytes({{"[Content_Types].xml", filler}, {"word/document.xml", "<w:document/>"}});
        QCOMPARE(FileSniffer::sniff(docx.left(FileSniffer::HeadBytes)), QStringLiteral("zip"));
        QBuffer buffer;
        buffer.setData(docx);
        buffer.open(QIODevice::ReadOnly);
        QCOMPARE(FileSniffer::sniff(buffer), QStringLiteral("docx"));
        QCOMPARE(buffer.pos(), 0);
    }

    void aPngNamedPdfIsAPng() {
        const QByteArray png = imageBytes(800, 600, "PNG");
        QVERIFY(ruleFor("license").check(png, QStringLiteral("scan.pdf")).ok());

        const Status contract = ruleFor("contract").check(png, QStringLiteral("contract.pdf"));
        QVERIFY(!contract.ok());
        QCOMPARE(contract.error().code, QLatin1String(ErrorCode::FileType));
        QVERIFY(contract.error().message.contains(QLatin1String("png")));
        QVERIFY(contract.error().message.contains(QLatin1String("contract.pdf")));
    }

    void aPdfIsNotALicenseScan() {
        const Status s = ruleFor("license").check(pdfBytes(), QStringLiteral("license.jpg"),
                                                  QStringLiteral("license"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QLatin1String(ErrorCode::FileType));
        QCOMPARE(s.error().field, QStringLiteral("license"));
        QVERIFY(s.error().message.contains(QLatin1String("jpg, png")));
        QVERIFY(ruleFor("contract").check(pdfBytes()).ok());
    }

    void licenseScansNeedAtLeast400By200() {
        const UploadRule license = ruleFor("license");
        const Status small = license.check(imageBytes(399, 200, "PNG"));
        QVERIFY(!small.ok());
        QCOMPARE(small.error().code, QLatin1String(ErrorCode::ImageTooSmall));
        QCOMPARE(small.error().message,
                 QStringLiteral("The image is 399×200 px; at least 400×200 px is required."));
        QVERIFY(!license.check(imageBytes(400, 199, "JPG")).ok());
        QVERIFY(license.check(imageBytes(400, 200, "PNG")).ok());
        QVERIFY(license.check(imageBytes(400, 200, "JPG")).ok());
        QVERIFY(ruleFor("id_back").check(imageBytes(400, 200, "JPEG")).ok());
    }

    void jpegAndJpgAreOneType() {
        UploadRule rule;
        rule.types = {QStringLiteral("JPEG")};
        rule.maxBytes = 1024 * 1024;
        QVERIFY(rule.allows(QStringLiteral("jpg")));
        QVERIFY(rule.check(imageBytes(20, 20, "JPG")).ok());
        QVERIFY(ruleFor("listing_image").check(imageBytes(20, 20, "BMP")).ok());
    }

    void oversizeFilesAreRefused() {
        QByteArray big = pdfBytes();
        big.append(QByteArray(20 * 1024 * 1024 + 1 - big.size(), ' '));
        const Status s = ruleFor("contract").check(big);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QLatin1String(ErrorCode::FileTooLarge));
        QCOMPARE(s.error().message,
                 QStringLiteral("The file is 20.1 MB; at most 20 MB is allowed."));
        big.chop(1);
        QVERIFY(ruleFor("contract").check(big).ok());

        QByteArray photo = imageBytes(100, 100, "PNG");
        photo.append(QByteArray(2048 * 1024 + 1 - photo.size(), '\0'));
        QCOMPARE(ruleFor("expert_photo").check(photo).error().code,
                 QLatin1String(ErrorCode::FileTooLarge));
    }

    void anEmptyFileIsAnError() {
        const Status s =
            ruleFor("payment_proof")
                .check(QByteArray(), QStringLiteral("proof.png"), QStringLiteral("proofs"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QLatin1String(ErrorCode::Invalid));
        QCOMPARE(s.error().field, QStringLiteral("proofs"));
    }

    void aCorruptImageIsInvalid() {
        const QByteArray png = imageBytes(800, 600, "PNG");
        const Status truncated = ruleFor("license").check(png.left(20));
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code, QLatin1String(ErrorCode::Invalid));

        QByteArray garbled = png;
        for (int i = 12; i < 33; ++i) garbled[i] = char(0xAB);  // IHDR chunk
        QCOMPARE(ruleFor("license").check(garbled).error().code, QLatin1String(ErrorCode::Invalid));

        const QByteArray jpegMagicOnly("\xFF\xD8\xFF\xE0garbage", 11);
        QCOMPARE(ruleFor("id_front").check(jpegMagicOnly).error().code,
                 QLatin1String(ErrorCode::Invalid));
    }

    void unknownBytesAreNoType() {
        const Status s = ruleFor("case_document").check(QByteArray("just some text"));
        QCOMPARE(s.error().code, QLatin1String(ErrorCode::FileType));
    }

    void oleFilesCountAsDocOrPpt() {
        const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 compound", 17);
        QVERIFY(ruleFor("case_document").check(ole).ok());
        QVERIFY(!ruleFor("redemption_general").check(ole).ok());
    }

    void fileCountsAreLimited() {
        QVERIFY(ruleFor("payment_proof").checkCount(3).ok());
        QCOMPARE(ruleFor("payment_proof").checkCount(4).error().code,
                 QLatin1String(ErrorCode::OutOfRange));
    }
};

QTEST_GUILESS_MAIN(TestUploadRule)
#include "test_uploadrule.moc"
