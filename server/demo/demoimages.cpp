#include "server/demo/demoimages.h"

#include <QBuffer>
#include <QFont>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace dx::demo {

namespace {
QByteArray encode(const QImage &img, const char *format) {
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format, 85);
    return bytes;
}

void watermark(QPainter &p, const QRect &r) {
    p.save();
    p.setPen(QColor(200, 0, 0, 70));
    QFont f = p.font();
    f.setPixelSize(r.height() / 6);
    f.setBold(true);
    p.setFont(f);
    p.translate(r.center());
    p.rotate(-20);
    p.drawText(QRect(-r.width() / 2, -r.height() / 4, r.width(), r.height() / 2), Qt::AlignCenter,
               QStringLiteral("样本 仅供演示 SAMPLE"));
    p.restore();
}

QFont font(int px, bool bold = false) {
    QFont f(QStringLiteral("WenQuanYi Micro Hei"));
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}
}  // namespace

QByteArray licenseImage(const QString &orgName, const QString &creditCode, const QString &address,
                        const QString &legalRep, int variant) {
    QImage img(1000, 700, QImage::Format_RGB32);
    img.fill(QColor(252, 248, 236));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(180, 30, 30), 10));
    p.drawRect(20, 20, 960, 660);
    p.setPen(QColor(150, 20, 20));
    p.setFont(font(64, true));
    p.drawText(QRect(0, 50, 1000, 90), Qt::AlignCenter, QStringLiteral("营 业 执 照"));
    p.setPen(Qt::black);
    p.setFont(font(26));
    const QStringList lines{QStringLiteral("统一社会信用代码  ") + creditCode,
                            QStringLiteral("名　　称  ") + orgName,
                            QStringLiteral("类　　型  有限责任公司"),
                            QStringLiteral("法定代表人  ") + legalRep,
                            QStringLiteral("住　　所  ") + address,
                            QStringLiteral("成立日期  20%1年%2月%3日")
                                .arg(10 + variant % 13)
                                .arg(1 + variant % 12)
                                .arg(1 + variant % 28)};
    int y = 190;
    for (const QString &l : lines) {
        p.drawText(80, y, l);
        y += 70;
    }
    watermark(p, img.rect());
    p.end();
    return encode(img, "JPG");
}

QByteArray idFrontImage(const QString &name, const QString &idNumber, const QString &address,
                        int variant) {
    QImage img(856, 540, QImage::Format_RGB32);
    img.fill(QColor(232, 240, 248));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::black);
    p.setFont(font(26));
    p.drawText(60, 90, QStringLiteral("姓名  ") + name);
    p.drawText(60, 150,
               QStringLiteral("性别  %1    民族  汉")
                   .arg(variant % 2 ? QStringLiteral("男") : QStringLiteral("女")));
    p.drawText(60, 210,
               QStringLiteral("出生  %1年%2月%3日")
                   .arg(idNumber.mid(6, 4), idNumber.mid(10, 2), idNumber.mid(12, 2)));
    p.drawText(60, 270, QStringLiteral("住址  ") + address);
    p.setFont(font(30, true));
    p.drawText(60, 470, QStringLiteral("公民身份号码  ") + idNumber);
    p.setBrush(QColor(190, 200, 215));
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(590, 60, 200, 250, 12, 12);  // the photo area stays an empty silhouette
    p.setBrush(QColor(160, 170, 190));
    p.drawEllipse(640, 90, 100, 110);
    p.drawRoundedRect(615, 210, 150, 100, 40, 40);
    watermark(p, img.rect());
    p.end();
    return encode(img, "PNG");
}

QByteArray idBackImage(const QString &authority, int variant) {
    QImage img(856, 540, QImage::Format_RGB32);
    img.fill(QColor(236, 244, 236));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(150, 20, 20));
    p.setFont(font(44, true));
    p.drawText(QRect(0, 90, 856, 70), Qt::AlignCenter, QStringLiteral("中华人民共和国"));
    p.drawText(QRect(0, 170, 856, 70), Qt::AlignCenter, QStringLiteral("居民身份证"));
    p.setPen(Qt::black);
    p.setFont(font(26));
    p.drawText(120, 380, QStringLiteral("签发机关  ") + authority);
    p.drawText(120, 440,
               QStringLiteral("有效期限  20%1.01.01-20%2.01.01")
                   .arg(15 + variant % 10)
                   .arg(35 + variant % 10));
    watermark(p, img.rect());
    p.end();
    return encode(img, "PNG");
}

QByteArray supportingPdf(const QString &orgName, int pages) {
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buf);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(150);
    pdf.setTitle(orgName);
    pdf.setCreator(QStringLiteral("DX Workbench demo data"));
    QPainter p(&pdf);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) pdf.newPage();
        p.setFont(font(40, true));
        p.drawText(100, 150, orgName);
        p.setFont(font(28));
        p.drawText(
            100, 260,
            QStringLiteral("年度经营情况说明 Annual report, page %1 of %2").arg(i + 1).arg(pages));
        p.drawText(100, 340, QStringLiteral("Keyword: digitalisation 数字化转型"));
        for (int line = 0; line < 20; ++line)
            p.drawText(
                100, 420 + line * 50,
                QStringLiteral("第%1节 上云用云 cloud adoption item %2").arg(i + 1).arg(line + 1));
    }
    p.end();
    return bytes;
}

}  // namespace dx::demo
