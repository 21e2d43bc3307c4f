#include "PasswordPrompt.h"

#include <QByteArray>

#include <termios.h>
#include <unistd.h>

namespace PasswordPrompt {

bool readLine(std::FILE* stream, QString* line)
{
    QByteArray bytes;
    int c = 0;
    while ((c = std::fgetc(stream)) != EOF && c != '\n')
        bytes.append(char(c));
    if (bytes.isEmpty() && c == EOF)
        return false;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    *line = QString::fromUtf8(bytes);
    bytes.fill('\0'); // do not leave the password in a buffer we free
    return true;
}

bool readFromTerminal(const QString& prompt, QString* password)
{
    std::FILE* terminal = std::fopen("/dev/tty", "r+");
    if (!terminal)
        return false;
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
