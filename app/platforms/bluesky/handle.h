#pragma once

#include <QString>
#include <QStringView>

namespace fanout::bluesky {

// Syntax checks from the AT Protocol specifications (atproto.com/specs/handle
// and /specs/did). They look at the text only and resolve nothing.

// Checks a handle such as alice.bsky.social. It has at most 253 characters
// and two or more dot-separated labels of 1 to 63 ASCII letters, digits and
// hyphens. No label starts or ends with a hyphen, and the last label does not
// start with a digit. Case does not matter.
[[nodiscard]] bool isValidHandle(QStringView handle);

// Trims spaces and one leading "@" and lowercases, the way people type
// handles ("@Alice.bsky.social"). The result still needs isValidHandle().
[[nodiscard]] QString normalizeHandle(QStringView input);

// A DID such as did:plc:ewvi7nxzyoun6zhxrhs64oiz or did:web:example.com:
// "did:", a lowercase method, ":", then an identifier of letters, digits and
// ._:%- (a "%" followed by two hex digits) that does not end with ":" or "%".
// At most 2048 characters.
[[nodiscard]] bool isValidDid(QStringView did);

// The two DID methods an AT Protocol account can use. did:plc identifiers are
// 24 characters of lowercase base32; did:web names a hostname only (no path).
[[nodiscard]] bool isSupportedAccountDid(QStringView did);

// Returns the sentence for a DID that isSupportedAccountDid() rejects, with
// what the two supported kinds look like.
[[nodiscard]] QString unsupportedDidMessage(QStringView did);

// Whether a password has the shape of a Bluesky app password,
// xxxx-xxxx-xxxx-xxxx in base32 letters (a-z, 2-7). A main password may have
// the same shape, so only the server can tell for sure.
[[nodiscard]] bool looksLikeAppPassword(QStringView password);

// Top-level domains that never resolve on the public internet (RFC 2606,
// RFC 6761, RFC 6762, RFC 7686, RFC 9476 and ICANN's .internal), so no
// .well-known lookup is tried for them.
[[nodiscard]] bool hasReservedTld(QStringView handle);

} // namespace fanout::bluesky
