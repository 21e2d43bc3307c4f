#pragma once

#include <QString>

// The rules of the register form, shared by the dialog (as the user types)
// and the command line. Each returns an empty string when the value is fine,
// or the message to show beside the field.
namespace AccountValidation {

QString usernameProblem(const QString& username);
QString emailProblem(const QString& email);
QString passwordProblem(const QString& password);
QString confirmationProblem(const QString& password, const QString& confirmation);
// A word on a good password's strength, shown where the problem would be.
QString passwordStrength(const QString& password);

} // namespace AccountValidation
