#include "PasswordPrompt.h"

#include "crypto/Wipe.h"

#include <QByteArray>

#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace PasswordPrompt {

bool readLine(std::FILE* stream, QString* line)
{
    // The buffer grows by hand, so that each smaller one is wiped before it is given back.
    QByteArray bytes(256, '\0');
    qsizetype length = 0;
    int c = 0;
    while ((c = std::fgetc(stream)) != EOF && c != '\n') {
        if (length == bytes.size()) {
            QByteArray larger(bytes.size() * 2, '\0');
            std::memcpy(larger.data(), bytes.constData(), std::size_t(length));
            Wipe::bytes(bytes);
            bytes = std::move(larger);
        }
        bytes[length++] = char(c);
    }
    const bool read = c != EOF || length > 0;
    if (length > 0 && bytes.at(length - 1) == '\r')
        --length;
    if (read)
        *line = QString::fromUtf8(bytes.constData(), length);
    Wipe::bytes(bytes);
    return read;
}

bool readFromTerminal(const QString& prompt, QString* password)
{
    std::FILE* terminal = std::fopen("/dev/tty", "r+");
    if (!terminal)
        return false;
    // Unbuffered, so that the typed password is not left in the stream's own buffer.
    std::setvbuf(terminal, nullptr, _IONBF, 0);
    std::fputs(prompt.toLocal8Bit().constData(), terminal);
    std::fflush(terminal);
    termios saved{};
    const int fd = fileno(terminal);
    const bool canHide = tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &hidden);
    }
    const bool ok = readLine(terminal, password);
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", terminal);
    std::fclose(terminal);
    return ok;
}

} // namespace PasswordPrompt
