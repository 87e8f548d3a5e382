#pragma once

#include <QString>

namespace amtsdesk {

// What kind of failure an Error is; callers branch on the code, people read the message.
enum class ErrorCode {
    InvalidInput,   // the input breaks a rule (the message names input and rule)
    NotFound,       // the thing asked for does not exist
    PermissionDenied,
    Conflict,       // someone else changed it, or it exists already
    Io,             // the disk or the file system failed
    Corrupt,        // stored data is damaged
    Unsupported,    // a newer or foreign format
    Overflow,       // a number left the representable range
    Internal,       // a bug: should not happen
};

// A failure as a value: a code for programs, a translated message for people.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;

    static Error invalid(QString message) { return {ErrorCode::InvalidInput, std::move(message)}; }
    static Error notFound(QString message) { return {ErrorCode::NotFound, std::move(message)}; }
    static Error denied(QString message) { return {ErrorCode::PermissionDenied, std::move(message)}; }
    static Error conflict(QString message) { return {ErrorCode::Conflict, std::move(message)}; }
    static Error io(QString message) { return {ErrorCode::Io, std::move(message)}; }
    static Error corrupt(QString message) { return {ErrorCode::Corrupt, std::move(message)}; }
    static Error unsupported(QString message) { return {ErrorCode::Unsupported, std::move(message)}; }
    static Error overflow(QString message) { return {ErrorCode::Overflow, std::move(message)}; }
    static Error internal(QString message) { return {ErrorCode::Internal, std::move(message)}; }
};

} // namespace amtsdesk
