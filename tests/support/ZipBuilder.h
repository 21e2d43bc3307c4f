#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Builds ZIP archives in memory for tests, including broken ones: entries are
// stored or deflated (qCompress's stream without its zlib wrapper), and any
// field can be overridden to lie about sizes, names or checksums.
class ZipBuilder
{
public:
    struct File
    {
        QString name;
        QByteArray data;
        bool deflate = true;
        qint64 declaredSize = -1; // -1: the true uncompressed size
        qint64 declaredCrc = -1;  // -1: the true CRC-32
    };

    void add(const QString& name, const QByteArray& data, bool deflate = true)
    {
        m_files.append({name, data, deflate});
    }
    void add(const File& file) { m_files.append(file); }
    QByteArray build() const;

    static QByteArray rawDeflate(const QByteArray& data, int level = 6);
    static quint32 crc32(const QByteArray& data);

private:
    QList<File> m_files;
};
