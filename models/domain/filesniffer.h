#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace dx {

/// Tells a file's type from its leading bytes (magic numbers), never from its name.
///
/// Canonical types: png, jpg, bmp, pdf, zip, docx, pptx, xlsx, doc, ppt, rar, mp4; empty when
/// unrecognised. OLE2 compound files are `ppt` when a "PowerPoint Document" stream name is seen in
/// the bytes and `doc` otherwise (generic OLE2 is reported as `doc`); UploadRule treats doc and ppt
/// as one family. Office Open XML is told from plain zip by entry names (word/, ppt/, xl/) found in
/// the local headers or the central directory within the bytes given.
class FileSniffer {
public:
    /// How many leading (and, for zip, trailing) bytes sniff(QIODevice&) reads.
    static constexpr qint64 HeadBytes = 64 * 1024;

    /// The canonical type of a file whose first bytes (or whole content, when small) are `head`.
    static QString sniff(const QByteArray &head);
    /// Reads the head (and the tail, where zip keeps its directory) of a random-access device and
    /// sniffs it; the device position is restored.
    static QString sniff(QIODevice &device);

    /// True for types QImageReader can size: png, jpg, bmp.
    static bool isImage(const QString &type);
};

}  // namespace dx
