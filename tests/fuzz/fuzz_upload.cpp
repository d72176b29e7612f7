// Untrusted uploads: type sniffing and the upload rules (image headers decoded by Qt).
#include "models/domain/filesniffer.h"
#include "models/domain/uploadrule.h"

#include <QBuffer>
#include <QImage>

QList<QByteArray> fuzzSeeds() {
    QList<QByteArray> seeds;
    for (const char *fmt : {"PNG", "JPG", "BMP"}) {
        QImage img(401, 201, QImage::Format_RGB32);
        img.fill(Qt::white);
        QByteArray b;
        QBuffer buf(&b);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, fmt);
        seeds << b;
    }
    seeds << QByteArray("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
          << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml", 34)
          << QByteArray("Rar!\x1A\x07\x00", 7) << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
          << QByteArray(
                 "\x00\x00\x00\x18"
                 "ftypmp42",
                 12);
    return seeds;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)dx::FileSniffer::sniff(bytes);
    for (const QString &purpose : dx::UploadRule::purposes())
        (void)dx::UploadRule::forPurpose(purpose)->check(bytes);
    return 0;
}
