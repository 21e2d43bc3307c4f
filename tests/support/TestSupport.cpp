#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

namespace TestSupport {

QString binaryDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("SOLILOQUY_BIN_DIR");
    return fromEnvironment.isEmpty() ? QCoreApplication::applicationDirPath() : fromEnvironment;
}

ProcessResult runSoliloquy(const QStringList& arguments, const QByteArray& input,
                           const QProcessEnvironment& extraEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Command-line verbs must work where there is no display at all.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("SOLILOQUY_DATABASE"));
    for (const QString& key : extraEnvironment.keys())
        environment.insert(key, extraEnvironment.value(key));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QDir(binaryDirectory()).filePath(QStringLiteral("soliloquy")), arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace TestSupport
