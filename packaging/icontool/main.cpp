// Build-time tool that renders the application's SVG icon into the raster
// files installers need: hicolor PNGs for Linux, an .ico for Windows and an
// .icns for macOS. Qt Svg is already a dependency of Fanout, so this works on
// every build machine without librsvg or iconutil.
//
//   fanout_icontool png SVG SIZE OUT.png
//   fanout_icontool ico SVG OUT.ico
//   fanout_icontool icns SVG OUT.icns
#include <array>
#include <cstdio>

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QString>
#include <QSvgRenderer>
#include <QtEndian>

namespace {

// Renders the SVG into a transparent square PNG of size × size pixels.
QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void appendLittleEndian16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    const quint32 be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

// An ICO file whose entries are PNG images, which Windows Vista and later
// read. The directory's width and height bytes store 256 as 0.
QByteArray buildIco(QSvgRenderer &renderer)
{
    const std::array sizes{16, 24, 32, 48, 64, 128, 256};
    QList<QByteArray> images;
    for (int size : sizes)
        images.append(renderPng(renderer, size));

    QByteArray ico;
    appendLittleEndian16(ico, 0); // reserved
    appendLittleEndian16(ico, 1); // type: icon
    appendLittleEndian16(ico, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        const char dimension = char(sizes[i] == 256 ? 0 : sizes[i]);
        ico.append(dimension);           // width
        ico.append(dimension);           // height
        ico.append('\0');                // palette colours
        ico.append('\0');                // reserved
        appendLittleEndian16(ico, 1);    // colour planes
        appendLittleEndian16(ico, 32);   // bits per pixel
        appendLittleEndian32(ico, quint32(images[qsizetype(i)].size()));
        appendLittleEndian32(ico, offset);
        offset += quint32(images[qsizetype(i)].size());
    }
    for (const QByteArray &image : images)
        ico.append(image);
    return ico;
}

// An ICNS file with PNG entries, the format macOS 10.7 and later read. Each
// entry is a four-character type, a big-endian length that includes the
// 8-byte entry header, then the PNG data.
QByteArray buildIcns(QSvgRenderer &renderer)
{
    struct Entry {
        const char *type;
        int size;
    };
    const std::array entries{
        Entry{"icp4", 16},  Entry{"icp5", 32},   Entry{"icp6", 64},   Entry{"ic07", 128},
        Entry{"ic08", 256}, Entry{"ic09", 512},  Entry{"ic10", 1024}, Entry{"ic11", 32},
        Entry{"ic12", 64},  Entry{"ic13", 256},  Entry{"ic14", 512},
    };

    QByteArray body;
    for (const Entry &entry : entries) {
        const QByteArray png = renderPng(renderer, entry.size);
        body.append(entry.type, 4);
        appendBigEndian32(body, quint32(8 + png.size()));
        body.append(png);
    }

    QByteArray icns("icns", 4);
    appendBigEndian32(icns, quint32(8 + body.size()));
    icns.append(body);
    return icns;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "fanout_icontool: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

int usage()
{
    std::fputs("usage: fanout_icontool png SVG SIZE OUT.png\n"
               "       fanout_icontool ico SVG OUT.ico\n"
               "       fanout_icontool icns SVG OUT.icns\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // QPainter on a QImage needs no QGuiApplication as long as no text is
    // drawn, so the tool loads no platform plugin and runs on headless builders.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return usage();

    const QString &format = args.at(1);
    QSvgRenderer renderer(args.at(2));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "fanout_icontool: cannot read SVG %s\n", qPrintable(args.at(2)));
        return 1;
    }

    if (format == QLatin1String("png") && args.size() == 5) {
        bool ok = false;
        const int size = args.at(3).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "fanout_icontool: invalid size '%s', expected 1 to 4096 pixels\n",
                         qPrintable(args.at(3)));
            return 2;
        }
        return writeFile(args.at(4), renderPng(renderer, size)) ? 0 : 1;
    }
    if (format == QLatin1String("ico") && args.size() == 4)
        return writeFile(args.at(3), buildIco(renderer)) ? 0 : 1;
    if (format == QLatin1String("icns") && args.size() == 4)
        return writeFile(args.at(3), buildIcns(renderer)) ? 0 : 1;
    return usage();
}
