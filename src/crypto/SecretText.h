#pragma once

#include <QString>

// A password or recovery key as typed, overwritten when it goes out of scope: for text this
// code reads itself (the command line's prompt), whose buffer no widget shares.
class SecretText
{
public:
    SecretText() = default;
    SecretText(const SecretText&) = delete;
    SecretText& operator=(const SecretText&) = delete;
    ~SecretText();

    QString& text() { return m_text; }
    const QString& text() const { return m_text; }

private:
    QString m_text;
};
