#include "SecretText.h"

#include "Wipe.h"

SecretText::~SecretText()
{
    Wipe::text(m_text);
}
