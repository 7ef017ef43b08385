"""Split URLs into components, join them again, and quote/unquote text
for use in URLs (RFC 3986 with the compatibility rules Python has always
applied).

Ferrython's implementation, written from the documented behaviour.  Every
function accepts either str or bytes-like ASCII data and answers in the
same type it was given.
"""

import re
import warnings
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes support which parts of the generic syntax (the empty
# scheme, for scheme-less references, is always first).
uses_relative = [''] + """ftp http gopher nntp imap wais file https shttp mms
    prospero rtsp rtsps rtspu sftp svn svn+ssh ws wss""".split()

uses_netloc = [''] + """ftp http gopher nntp telnet imap wais file mms https
    shttp snews prospero rtsp rtsps rtspu rsync svn svn+ssh sftp nfs git
    git+ssh ws wss itms-services""".split()

uses_params = [''] + """ftp hdl prospero http imap https shttp rtsp rtsps
    rtspu sip sips mms sftp tel""".split()

non_hierarchical = """gopher hdl mailto news telnet wais imap snews sip
    sips""".split()

uses_query = [''] + """http wais imap https shttp mms gopher rtsp rtsps rtspu
    sip sips""".split()

uses_fragment = [''] + """ftp hdl http gopher news nntp wais https shttp snews
    file prospero""".split()

_lower = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
_digits = ''.join(map(chr, range(ord('0'), ord('9') + 1)))
scheme_chars = _lower + _lower.upper() + _digits + '+-.'

# WHATWG's "C0 control or space": stripped from the ends of a URL.
_c0_and_space = ''.join(map(chr, range(0x21)))
# Characters deleted wherever they appear (tab and line breaks).
_deleted_chars = ('\t', '\r', '\n')


# ---------------------------------------------------------------------------
# str / bytes handling

def _identity(value):
    return value


def _to_bytes_result(value, encoding='ascii', errors='strict'):
    return value.encode(encoding, errors)


def _to_str_args(args, encoding='ascii', errors='strict'):
    return tuple(arg.decode(encoding, errors) if arg else '' for arg in args)


def _normalize_args(*args):
    """Return the arguments as str plus a function restoring the caller's type.

    Empty arguments (such as the '' defaults) may be of either type; any
    other mixture of str and non-str is an error.
    """
    text_mode = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != text_mode:
            raise TypeError("Cannot mix str and non-str arguments")
    if text_mode:
        return args + (_identity,)
    return _to_str_args(args) + (_to_bytes_result,)


# ---------------------------------------------------------------------------
# Result types

class _TextResult(object):
    """Conversions of str results to their bytes counterparts."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._bytes_type(*(part.encode(encoding, errors) for part in self))


class _BytesResult(object):
    """Conversions of bytes results to their str counterparts."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._text_type(*(part.decode(encoding, errors) for part in self))


class _NetlocParts(object):
    """username, password, hostname and port, derived from .netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._credentials[0]

    @property
    def password(self):
        return self._credentials[1]

    @property
    def hostname(self):
        host = self._host_and_port[0]
        if not host:
            return None
        # Only the address is case-insensitive; an IPv6 zone id is kept as is.
        address, pct, zone = host.partition(self._pct)
        return address.lower() + pct + zone

    @property
    def port(self):
        text = self._host_and_port[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number < 0 or number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    @property
    def _credentials(self):
        userinfo, at, _ = self.netloc.rpartition(self._at)
        if not at:
            return None, None
        user, colon, secret = userinfo.partition(self._colon)
        return user, (secret if colon else None)

    @property
    def _host_and_port(self):
        hostport = self.netloc.rpartition(self._at)[2]
        before, bracket, inside = hostport.partition(self._lbracket)
        if bracket:
            host, _, rest = inside.partition(self._rbracket)
            port = rest.partition(self._colon)[2]
        else:
            host, _, port = hostport.partition(self._colon)
        return host, (port or None)


class _TextNetloc(_NetlocParts):
    __slots__ = ()
    _at, _colon, _lbracket, _rbracket, _pct = '@', ':', '[', ']', '%'


class _BytesNetloc(_NetlocParts):
    __slots__ = ()
    _at, _colon, _lbracket, _rbracket, _pct = b'@', b':', b'[', b']', b'%'


_DefragFields = namedtuple('DefragResult', 'url fragment')
_SplitFields = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseFields = namedtuple('ParseResult', 'scheme netloc path params query fragment')

_DefragFields.__doc__ = "A URL without its fragment, and the fragment."
_SplitFields.__doc__ = "The five components produced by urlsplit()."
_ParseFields.__doc__ = "The six components produced by urlparse()."

ResultBase = _NetlocParts


class DefragResult(_DefragFields, _TextResult):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitFields, _TextResult, _TextNetloc):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseFields, _TextResult, _TextNetloc):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragFields, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitFields, _BytesResult, _BytesNetloc):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseFields, _BytesResult, _BytesNetloc):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _pair(text_cls, bytes_cls):
    text_cls._bytes_type = bytes_cls
    bytes_cls._text_type = text_cls


_pair(DefragResult, DefragResultBytes)
_pair(SplitResult, SplitResultBytes)
_pair(ParseResult, ParseResultBytes)


# ---------------------------------------------------------------------------
# Splitting

_split_cache = {}
_CACHE_LIMIT = 128


def clear_cache():
    """Forget the memoized results of urlsplit()."""
    _split_cache.clear()


def _netloc_end(url, start):
    # The authority runs up to the first '/', '?' or '#'.
    end = len(url)
    for stop in '/?#':
        found = url.find(stop, start)
        if 0 <= found < end:
            end = found
    return url[start:end], url[end:]


# Characters whose NFKC normalization contains one of '/?#@:' (Unicode 15).
_nfkc_separators = frozenset(map(chr, (
    0x2047, 0x2048, 0x2049, 0x2100, 0x2101, 0x2105, 0x2106, 0x2A74,
    0xFE13, 0xFE16, 0xFE55, 0xFE56, 0xFE5F, 0xFE6B, 0xFF03, 0xFF0F,
    0xFF1A, 0xFF1F, 0xFF20)))


def _reject_disguised_separators(netloc):
    # A host name that NFKC-normalizes into something containing URL
    # delimiters could be interpreted differently by other software.
    if netloc.isascii():
        return
    stripped = netloc
    for ch in '@:#?':
        stripped = stripped.replace(ch, '')
    if any(ch in _nfkc_separators for ch in stripped):
        raise ValueError("netloc '" + netloc +
                         "' contains invalid characters under NFKC normalization")


def _invalid_address(text):
    return ValueError('%r does not appear to be an IPv4 or IPv6 address' % text)


def _is_ipv4(text):
    pieces = text.split('.')
    if len(pieces) != 4:
        return False
    for piece in pieces:
        if not piece or len(piece) > 3 or not (piece.isascii() and piece.isdigit()):
            return False
        if len(piece) > 1 and piece[0] == '0':
            return False
        if int(piece) > 255:
            return False
    return True


_hexdigits = frozenset('0123456789abcdefABCDEF')


def _is_ipv6(text):
    address, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    groups = address.split(':')
    if len(groups) < 3:
        return False
    if '.' in groups[-1]:
        if not _is_ipv4(groups[-1]):
            return False
        groups[-1:] = ['0', '0']      # an embedded IPv4 address fills two groups
    if len(groups) > 9:
        return False
    gaps = [i for i in range(1, len(groups) - 1) if not groups[i]]
    if len(gaps) > 1:
        return False
    if gaps:
        gap = gaps[0]
        # a leading or trailing empty group is only allowed as part of '::'
        if not groups[0] and gap != 1:
            return False
        if not groups[-1] and gap != len(groups) - 2:
            return False
        used = [g for i, g in enumerate(groups) if g or i not in (0, gap, len(groups) - 1)]
        if len(used) > 7:
            return False
    else:
        if len(groups) != 8:
            return False
        used = groups
    for group in used:
        if not group or len(group) > 4 or not _hexdigits.issuperset(group):
            return False
    return True


def _check_bracketed(host):
    if host.startswith('v'):
        if not re.match(r'\Av[a-fA-F0-9]+\..+\Z', host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise _invalid_address(host)


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, query, fragment).

    The result is a SplitResult (SplitResultBytes for bytes input).  No
    parameters are split off the path; the fragment is only separated when
    allow_fragments is true.
    """
    key = (url, scheme, allow_fragments, type(url), type(scheme), type(allow_fragments))
    cached = _split_cache.get(key)
    if cached is not None:
        return cached
    url, scheme, restore = _normalize_args(url, scheme)
    url = url.lstrip(_c0_and_space)
    scheme = scheme.strip(_c0_and_space)
    for ch in _deleted_chars:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    netloc = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        candidate = url[:colon]
        if all(ch in scheme_chars for ch in candidate):
            scheme = candidate.lower()
            url = url[colon + 1:]

    if url[:2] == '//':
        netloc, url = _netloc_end(url, 2)
        has_open = '[' in netloc
        has_close = ']' in netloc
        if has_open != has_close:
            raise ValueError("Invalid IPv6 URL")
        if has_open:
            _check_bracketed(netloc.partition('[')[2].partition(']')[0])
    fragment = ''
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _reject_disguised_separators(netloc)
    result = restore(SplitResult(scheme, netloc, url, query, fragment))
    if len(_split_cache) >= _CACHE_LIMIT:
        _split_cache.clear()
    _split_cache[key] = result
    return result


def _split_params(path):
    # Parameters belong to the last path segment only.
    if '/' in path:
        semi = path.find(';', path.rfind('/'))
        if semi < 0:
            return path, ''
    else:
        semi = path.find(';')
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into (scheme, netloc, path, params, query, fragment).

    Like urlsplit(), but for schemes that support them the ';parameters'
    of the last path segment are returned separately.
    """
    url, scheme, restore = _normalize_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path = parts.path
    params = ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return restore(ParseResult(parts.scheme, parts.netloc, path, params,
                               parts.query, parts.fragment))


def urlunsplit(components):
    """Combine the five parts of a urlsplit() result back into a URL."""
    scheme, netloc, url, query, fragment, restore = _normalize_args(*components)
    # An authority is written when there is one, and also (as '//') for
    # schemes that normally have one, unless the path would be ambiguous.
    authority = bool(netloc)
    if not authority and scheme and scheme in uses_netloc:
        authority = not url.startswith('//')
    if authority:
        if url and not url.startswith('/'):
            url = '/' + url
        url = ''.join(('//', netloc or '', url))
    pieces = [url]
    if scheme:
        pieces.insert(0, scheme + ':')
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return restore(''.join(pieces))


def urlunparse(components):
    """Combine the six parts of a urlparse() result back into a URL."""
    scheme, netloc, url, params, query, fragment, restore = _normalize_args(*components)
    if params:
        url = url + ';' + params
    return restore(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolve *url* relative to *base* (RFC 3986, section 5.2)."""
    if not base:
        return url
    if not url:
        return base
    base, url, restore = _normalize_args(base, url)
    ref_base = urlparse(base, '', allow_fragments)
    ref = urlparse(url, ref_base.scheme, allow_fragments)
    scheme, netloc, path, params, query, fragment = ref

    if scheme != ref_base.scheme or scheme not in uses_relative:
        return restore(url)
    if netloc and scheme in uses_netloc:
        return restore(urlunparse(ref))
    if scheme in uses_netloc:
        netloc = ref_base.netloc

    if not (path or params):
        # Only a query and/or fragment: keep the base document.
        return restore(urlunparse((scheme, netloc, ref_base.path, ref_base.params,
                                   query or ref_base.query, fragment)))

    if path[:1] == '/':
        pieces = path.split('/')
    else:
        # Merge with the directory of the base path; empty segments in the
        # middle of the merged path are dropped.
        directory = ref_base.path.split('/')
        if directory[-1]:
            directory.pop()
        pieces = directory + path.split('/')
        if len(pieces) > 2:
            pieces = pieces[:1] + [p for p in pieces[1:-1] if p] + pieces[-1:]

    stack = []
    for piece in pieces:
        if piece == '..':
            if stack:
                stack.pop()
        elif piece != '.':
            stack.append(piece)
    if pieces[-1] in ('.', '..'):
        # 'a/b/.' and 'a/b/..' name directories: keep the trailing slash.
        stack.append('')
    return restore(urlunparse((scheme, netloc, '/'.join(stack) or '/',
                               params, query, fragment)))


def urldefrag(url):
    """Split off the fragment: return DefragResult(url_without_fragment, fragment)."""
    url, restore = _normalize_args(url)
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        bare = urlunparse((scheme, netloc, path, params, query, ''))
    else:
        bare, fragment = url, ''
    return restore(DefragResult(bare, fragment))


# ---------------------------------------------------------------------------
# Unquoting

_hex_pairs = {}
for _hi in '0123456789ABCDEFabcdef':
    for _lo in '0123456789ABCDEFabcdef':
        _hex_pairs[(_hi + _lo).encode()] = bytes([int(_hi + _lo, 16)])
del _hi, _lo


def unquote_to_bytes(string):
    """Decode %XX escapes: unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split      # rejects None and other non-string types
        return b''
    if isinstance(string, str):
        string = string.encode()
    chunks = string.split(b'%')
    if len(chunks) == 1:
        return string
    out = [chunks[0]]
    for chunk in chunks[1:]:
        decoded = _hex_pairs.get(chunk[:2])
        if decoded is None:
            out.append(b'%')
            out.append(chunk)
        else:
            out.append(decoded)
            out.append(chunk[2:])
    return b''.join(out)


_ascii_runs = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %XX escapes by the characters they encode.

    Runs of escapes are decoded together with *encoding* and *errors*
    (UTF-8 with replacement characters by default).  Bytes input is
    accepted as well and always yields str.
    """
    raw = isinstance(string, bytes)
    if raw:
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split      # only str-like values are acceptable
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    pieces = _ascii_runs.split(string)
    # odd indexes hold ASCII runs, which are the only places escapes can be
    for i in range(1, len(pieces), 2):
        pieces[i] = unquote_to_bytes(pieces[i]).decode(encoding, errors)
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also turn '+' into spaces (form encoding)."""
    return unquote(string.replace('+', ' '), encoding, errors)


# ---------------------------------------------------------------------------
# Query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs.

    keep_blank_values keeps names given without a value (as '' values);
    strict_parsing turns malformed fields into ValueError; max_num_fields
    limits how many fields are accepted; separator splits the fields.
    """
    qs, restore = _normalize_args(qs)
    separator, _ = _normalize_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError('Max number of fields exceeded')

    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((restore(name), restore(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping names to lists of values.

    The arguments have the same meaning as for parse_qsl().
    """
    grouped = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                      max_num_fields, separator)
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    return grouped


# ---------------------------------------------------------------------------
# Quoting

_unreserved = frozenset((_lower + _lower.upper() + _digits + '_.-~').encode())
_unreserved_bytes = bytes(sorted(_unreserved))
_quoters = {}


def _byte_table(safe):
    # For each byte value, the text it becomes when quoted with *safe*.
    table = _quoters.get(safe)
    if table is None:
        keep = _unreserved.union(safe)
        table = tuple(chr(b) if b in keep else '%{:02X}'.format(b) for b in range(256))
        if len(_quoters) > 64:
            _quoters.clear()
        _quoters[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but for a bytes object: quote_from_bytes(b'a&\\xef') == 'a%26%EF'."""
    if not isinstance(bs, (bytearray, bytes)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    # only ASCII characters can be declared safe
    safe = (safe.encode('ascii', 'ignore') if isinstance(safe, str)
            else bytes(b for b in safe if b < 128))
    if not bs.rstrip(_unreserved_bytes + safe):
        return bs.decode()
    table = _byte_table(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode *string* for use in a URL.

    Letters, digits and '_.-~' are never quoted, nor are the characters in
    *safe* ('/' by default).  str input is first encoded with *encoding*
    (UTF-8) and *errors* ('strict'); those two must not be given for bytes.
    """
    if not isinstance(string, str):
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        data = string
    elif string:
        data = string.encode('utf-8' if encoding is None else encoding,
                             'strict' if errors is None else errors)
    else:
        return string
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but spaces become '+' as in HTML form values, and '/'
    is quoted unless listed in *safe*."""
    if isinstance(string, str):
        has_space = ' ' in string
    elif isinstance(string, bytes):
        has_space = b' ' in string
    else:
        has_space = True
    if has_space:
        # let spaces through unquoted, then turn them into '+'
        space = ' ' if isinstance(safe, str) else b' '
        return quote(string, safe + space, encoding, errors).replace(' ', '+')
    return quote(string, safe, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as an 'application/x-www-form-urlencoded' string.

    With doseq true, sequence values produce one name=value pair per item.
    Keys and values are quoted with *quote_via* (quote_plus by default).
    """
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) > 0 and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from exc

    def convert(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(str(item), safe, encoding, errors)

    out = []
    for key, value in query:
        key = convert(key)
        if not doseq or isinstance(value, bytes):
            out.append(key + '=' + convert(value))
        elif isinstance(value, str):
            out.append(key + '=' + quote_via(value, safe, encoding, errors))
        else:
            try:
                len(value)
            except TypeError:
                out.append(key + '=' + convert(value))
            else:
                for element in value:
                    out.append(key + '=' + convert(element))
    return '&'.join(out)


# ---------------------------------------------------------------------------
# Small helpers kept for backward compatibility

def unwrap(url):
    """Strip '<URL:...>' style wrapping: unwrap('<URL:type://host/path>') -> 'type://host/path'."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _deprecated(name, replacement='urlparse'):
    if replacement:
        message = (f"urllib.parse.{name}() is deprecated as of 3.8, "
                   f"use urllib.parse.{replacement}() instead")
    else:
        message = f"urllib.parse.{name}() is deprecated as of 3.8"
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _ascii_only(url):
    if isinstance(url, str):
        if not url.isascii():
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def to_bytes(url):
    _deprecated('to_bytes', None)
    return _ascii_only(url)


def _scheme_of(url):
    match = re.match('([^/:]+):(.*)', url, re.DOTALL)
    if match:
        return match.group(1).lower(), match.group(2)
    return None, url


def _host_of(url):
    match = re.match('//([^/#?]*)(.*)', url, re.DOTALL)
    if not match:
        return None, url
    host, rest = match.groups()
    if rest and not rest.startswith('/'):
        rest = '/' + rest
    return host, rest


def _user_of(host):
    user, at, rest = host.rpartition('@')
    return (user if at else None), rest


def _password_of(user):
    name, colon, secret = user.partition(':')
    return name, (secret if colon else None)


def _port_of(host):
    match = re.fullmatch('(.*):([0-9]*)', host, re.DOTALL)
    if match and match.group(2):
        return match.group(1), match.group(2)
    if match:
        return match.group(1), None
    return host, None


def _numeric_port_of(host, defport=-1):
    name, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return name, defport
    return name, (int(port) if port.isdigit() and port.isascii() else None)


def _query_of(url):
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def _tag_of(url):
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def _attrs_of(url):
    first, *rest = url.split(';')
    return first, rest


def _value_of(attr):
    name, eq, value = attr.partition('=')
    return name, (value if eq else None)


def splittype(url):
    _deprecated('splittype')
    return _scheme_of(url)


def splithost(url):
    _deprecated('splithost')
    return _host_of(url)


def splituser(host):
    _deprecated('splituser')
    return _user_of(host)


def splitpasswd(user):
    _deprecated('splitpasswd')
    return _password_of(user)


def splitport(host):
    _deprecated('splitport')
    return _port_of(host)


def splitnport(host, defport=-1):
    _deprecated('splitnport')
    return _numeric_port_of(host, defport)


def splitquery(url):
    _deprecated('splitquery')
    return _query_of(url)


def splittag(url):
    _deprecated('splittag')
    return _tag_of(url)


def splitattr(url):
    _deprecated('splitattr')
    return _attrs_of(url)


def splitvalue(attr):
    _deprecated('splitvalue', 'parse_qsl')
    return _value_of(attr)
