"""A small non-validating XML 1.0 scanner shared by xml.etree and xml.dom.

The scanner is fed text (or bytes) incrementally and reports what it finds
to callbacks stored on the instance.  Errors are raised as XMLSyntaxError
carrying an expat-style message, an error code and a (line, column) pair.
"""

import re
import codecs

XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"

# expat error codes used by the scanner
ERR_SYNTAX = 2
ERR_NO_ELEMENTS = 3
ERR_INVALID_TOKEN = 4
ERR_UNCLOSED_TOKEN = 5
ERR_TAG_MISMATCH = 7
ERR_DUPLICATE_ATTRIBUTE = 8
ERR_JUNK_AFTER_DOC_ELEMENT = 9
ERR_UNDEFINED_ENTITY = 11
ERR_BAD_CHAR_REF = 14
ERR_MISPLACED_XML_PI = 17
ERR_UNCLOSED_CDATA_SECTION = 20
ERR_UNBOUND_PREFIX = 27
ERR_XML_DECL = 30
ERR_UNDECLARING_PREFIX = 28

MESSAGES = {
    ERR_SYNTAX: "syntax error",
    ERR_NO_ELEMENTS: "no element found",
    ERR_INVALID_TOKEN: "not well-formed (invalid token)",
    ERR_UNCLOSED_TOKEN: "unclosed token",
    ERR_TAG_MISMATCH: "mismatched tag",
    ERR_DUPLICATE_ATTRIBUTE: "duplicate attribute",
    ERR_JUNK_AFTER_DOC_ELEMENT: "junk after document element",
    ERR_UNDEFINED_ENTITY: "undefined entity",
    ERR_BAD_CHAR_REF: "reference to invalid character number",
    ERR_MISPLACED_XML_PI: "XML or text declaration not at start of entity",
    ERR_UNCLOSED_CDATA_SECTION: "unclosed CDATA section",
    ERR_UNBOUND_PREFIX: "unbound prefix",
    ERR_UNDECLARING_PREFIX: "must not undeclare prefix",
    ERR_XML_DECL: "XML declaration not well-formed",
}


class XMLSyntaxError(Exception):
    def __init__(self, message, code, line, column):
        Exception.__init__(self, message)
        self.msg = message
        self.code = code
        self.lineno = line
        self.offset = column


_NAME_START = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
_NAME_CHARS = _NAME_START + "\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040"
_NC_START = _NAME_START.replace(":", "")
_NC_CHARS = _NAME_CHARS.replace(":", "")
_name_re = re.compile("[%s][%s]*(?::[%s][%s]*)?" % (_NC_START, _NC_CHARS, _NC_START, _NC_CHARS))
_name_chars_re = re.compile("[" + _NAME_CHARS + "]+")
_NAME_PAT = _name_re.pattern
_fast_end = re.compile("</(%s)[ \t\n]*>" % _NAME_PAT)
_ref_name_re = re.compile("[" + _NAME_START.replace(":", "") + "][" + _NAME_CHARS.replace(":", "") + "]*")
_text_run = re.compile("[^<&\n]+")
_bad_chars = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_space_re = re.compile("[ \t\n]*")
_attr_plain = re.compile("[^<&\t\n]+")
_decl_attr = re.compile(r"\s+(version|encoding|standalone)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_entity_decl = re.compile(r"<!ENTITY\s+([^\s%]+)\s+(?:\"([^\"]*)\"|'([^']*)')\s*>")
_ext_id = re.compile(r"\s+(?:(SYSTEM)\s+(?:\"([^\"]*)\"|'([^']*)')|(PUBLIC)\s+(?:\"([^\"]*)\"|'([^']*)')\s+(?:\"([^\"]*)\"|'([^']*)'))")
_hex_digits = re.compile("[0-9a-fA-F]+")
_dec_digits = re.compile("[0-9]+")

PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "apos": "'", "quot": '"'}

# Control values for the scanning loop
_NEED_MORE = -1


def _valid_char(code):
    if code < 0x20:
        return code in (9, 10, 13)
    if 0xD800 <= code <= 0xDFFF:
        return False
    if code in (0xFFFE, 0xFFFF):
        return False
    return code <= 0x10FFFF


class Scanner:
    """Incremental XML scanner.  Callbacks (all optional):

    start(qname, attrs, decls)  attrs: list of (qname, value); decls: list of
                                (prefix, uri) declared on this element
    end(qname, decls)
    data(text), comment(text), pi(target, data)
    xmldecl(version, encoding, standalone)
    doctype(name, pubid, sysid, internal_subset)
    """

    def __init__(self):
        self.start = self.end = self.data = None
        self.comment = self.pi = self.xmldecl = self.doctype = None
        self.cdata = None
        self._buf = ""
        self._pos = 0
        self._state = 0          # 0 prolog, 1 inside root, 2 epilog
        self._stack = []         # open element qnames with their ns decls
        self._scopes = [{"xml": XML_NAMESPACE}]
        self._default_ns = [None]
        self.entities = {}
        self._external_dtd = False
        self._raw = b""
        self._decoder = None
        self._pending_cr = False
        self._done = False
        self._started = False
        self._line_base = 0

    # ---- error helpers -------------------------------------------------
    def position_of(self, pos):
        buf = self._buf
        line = buf.count("\n", 0, pos) + 1
        col = pos - (buf.rfind("\n", 0, pos) + 1)
        return line, col

    def error(self, code, pos, message=None):
        line, col = self.position_of(pos)
        if message is None:
            message = MESSAGES[code]
        raise XMLSyntaxError("%s: line %d, column %d" % (message, line, col), code, line, col)

    def current_position(self):
        return self.position_of(self._pos)

    # ---- input handling --------------------------------------------------
    def feed(self, data, final=False):
        if self._done:
            self.error(ERR_SYNTAX, len(self._buf), "parsing finished")
        if isinstance(data, (bytes, bytearray, memoryview)):
            text = self._decode(bytes(data), final)
        elif isinstance(data, str):
            text = data
            if self._raw or self._decoder is not None:
                raise TypeError("cannot mix bytes and str input")
        else:
            raise TypeError("a bytes-like object or str is required, not '%s'" % type(data).__name__)
        if text is not None:
            self._add_text(text, final)
        elif final:
            self._add_text("", final)
        if final:
            self._done = True

    def _decode(self, data, final):
        if self._decoder is None:
            self._raw += data
            raw = self._raw
            enc = None
            if raw.startswith(b"\xef\xbb\xbf"):
                enc = "utf-8"
                raw = raw[3:]
            elif raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
                enc = "utf-16"
            elif raw.startswith(b"<?xml"):
                end = raw.find(b"?>")
                if end < 0 and not final:
                    return None
                m = re.search(rb"encoding\s*=\s*[\"']([A-Za-z0-9._\-]+)[\"']", raw[:end] if end >= 0 else raw)
                enc = m.group(1).decode("ascii") if m else "utf-8"
            elif len(raw) < 5 and not final and b"<?xml".startswith(raw):
                return None
            else:
                enc = "utf-8"
            try:
                codecs.lookup(enc)
            except LookupError:
                self.error(18, 0, "unknown encoding")
            self._decoder = codecs.getincrementaldecoder(enc)()
            self._raw = b""
            data = raw
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError as exc:
            good = data[:exc.start].decode("utf-8", "replace") if exc.start else ""
            self._add_text(good, False)
            self.error(ERR_INVALID_TOKEN, len(self._buf))

    def _add_text(self, text, final):
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if "\r" in text:
            if text.endswith("\r") and not final:
                text = text[:-1]
                self._pending_cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not self._started and text:
            if text[0] == "\ufeff":
                text = text[1:]
            self._started = bool(text) or self._started
        self._buf += text
        self._run(final)

    # ---- main loop ---------------------------------------------------------
    def _run(self, final):
        buf = self._buf
        n = len(buf)
        pos = self._pos
        while pos < n:
            if self._state == 1:
                c = buf[pos]
                if c == "<":
                    new = self._markup_content(buf, pos, n, final)
                elif c == "&":
                    new = self._reference(buf, pos, n, final, False)
                    if new == _NEED_MORE:
                        if final:
                            self.error(ERR_UNCLOSED_TOKEN, pos)
                        break
                    value, new = new
                    if self.data is not None:
                        self.data(value)
                elif c == "\n":
                    if self.data is not None:
                        self.data("\n")
                    new = pos + 1
                else:
                    m = _text_run.match(buf, pos)
                    new = m.end()
                    if new == n and not final:
                        # keep a possibly incomplete "]]>" for later
                        break
                    run = m.group()
                    bad = _bad_chars.search(run)
                    idx = run.find("]]>")
                    if bad is not None and (idx < 0 or bad.start() < idx):
                        self.error(ERR_INVALID_TOKEN, pos + bad.start())
                    if idx >= 0:
                        self.error(ERR_INVALID_TOKEN, pos + idx + 2)
                    if self.data is not None:
                        self.data(run)
            else:
                m = _space_re.match(buf, pos)
                if m.end() > pos:
                    pos = m.end()
                    continue
                new = self._markup_outside(buf, pos, n, final)
            if new == _NEED_MORE:
                break
            pos = new
            self._pos = pos
        self._pos = pos
        if final:
            if self._state != 2:
                self.error(ERR_NO_ELEMENTS, n)

    # ---- pieces --------------------------------------------------------------
    def _markup_outside(self, buf, pos, n, final):
        c = buf[pos]
        if c != "<":
            self._junk(buf, pos, c)
        if pos + 1 >= n:
            return self._incomplete(pos, final)
        c2 = buf[pos + 1]
        if c2 == "?":
            return self._pi(buf, pos, n, final)
        if c2 == "!":
            if buf.startswith("<!--", pos):
                return self._comment(buf, pos, n, final)
            if buf.startswith("<!DOCTYPE", pos):
                if self._state != 0:
                    self.error(ERR_JUNK_AFTER_DOC_ELEMENT, pos)
                return self._doctype(buf, pos, n, final)
            if n - pos < 9 and ("<!DOCTYPE".startswith(buf[pos:]) or "<!--".startswith(buf[pos:])):
                return self._incomplete(pos, final)
            if buf.startswith("<!-", pos):
                self.error(ERR_INVALID_TOKEN, pos + 3)
            m = _name_re.match(buf, pos + 2)
            if m is not None and buf[m.end():m.end() + 1] in (" ", "\t", "\n"):
                self.error(ERR_SYNTAX, pos)
            self.error(ERR_INVALID_TOKEN, pos + 2 if m is None else m.end())
        if self._state == 2:
            self.error(ERR_JUNK_AFTER_DOC_ELEMENT, pos)
        return self._start_tag(buf, pos, n, final)

    def _junk(self, buf, pos, c):
        if c == '"' or c == "'":
            self.error(ERR_UNCLOSED_TOKEN, pos)
        if self._state == 2:
            if c == "%" or c == "#":
                self.error(ERR_UNCLOSED_TOKEN, pos)
            if c in "&=/+*?!;@$" or _bad_chars.match(c):
                self.error(ERR_INVALID_TOKEN, pos)
            self.error(ERR_JUNK_AFTER_DOC_ELEMENT, pos)
        if c in "&=/+*?!;@$" or _bad_chars.match(c):
            self.error(ERR_INVALID_TOKEN, pos)
        if c in ")%#":
            self.error(ERR_INVALID_TOKEN, pos + 1)
        m = _name_chars_re.match(buf, pos)
        if m is not None and m.end() < len(buf) and buf[m.end()] in "<&=/+*?!;@$\"'":
            self.error(ERR_INVALID_TOKEN, m.end())
        self.error(ERR_SYNTAX, pos)

    def _incomplete(self, pos, final):
        if final:
            self.error(ERR_UNCLOSED_TOKEN, pos)
        return _NEED_MORE

    def _markup_content(self, buf, pos, n, final):
        if pos + 1 >= n:
            return self._incomplete(pos, final)
        c2 = buf[pos + 1]
        if c2 == "/":
            return self._end_tag(buf, pos, n, final)
        if c2 == "?":
            return self._pi(buf, pos, n, final)
        if c2 == "!":
            if buf.startswith("<!--", pos):
                return self._comment(buf, pos, n, final)
            if buf.startswith("<![CDATA[", pos):
                end = buf.find("]]>", pos + 9)
                if end < 0:
                    if final:
                        self.error(ERR_UNCLOSED_CDATA_SECTION, n)
                    return _NEED_MORE
                if self.cdata is not None:
                    self.cdata(buf[pos + 9:end])
                elif self.data is not None:
                    text = buf[pos + 9:end]
                    bad = _bad_chars.search(text)
                    if bad is not None:
                        self.error(ERR_INVALID_TOKEN, pos + 9 + bad.start())
                    if text:
                        parts = text.split("\n")
                        last = len(parts) - 1
                        for i, part in enumerate(parts):
                            if part:
                                self.data(part)
                            if i != last:
                                self.data("\n")
                return end + 3
            if n - pos < 9 and ("<![CDATA[".startswith(buf[pos:]) or "<!--".startswith(buf[pos:])):
                return self._incomplete(pos, final)
            if buf.startswith("<!-", pos):
                self.error(ERR_INVALID_TOKEN, pos + 3)
            if buf.startswith("<![", pos):
                k = pos + 3
                while buf[k] == "<![CDATA["[k - pos]:
                    k += 1
                if buf[k] != "<":
                    self.error(ERR_INVALID_TOKEN, k)
                self.error(ERR_UNCLOSED_TOKEN, pos)
            self.error(ERR_INVALID_TOKEN, pos + 2)
        return self._start_tag(buf, pos, n, final)

    def _comment(self, buf, pos, n, final):
        start = pos + 4
        idx = buf.find("--", start)
        while idx >= 0:
            if idx + 2 >= n:
                break
            if buf[idx + 2] != ">":
                self.error(ERR_INVALID_TOKEN, idx + 2)
            text = buf[start:idx]
            bad = _bad_chars.search(text)
            if bad is not None:
                self.error(ERR_INVALID_TOKEN, start + bad.start())
            if self.comment is not None:
                self.comment(text)
            return idx + 3
        return self._incomplete(pos, final)

    def _pi(self, buf, pos, n, final):
        m = _name_re.match(buf, pos + 2)
        if m is None:
            if pos + 2 >= n:
                return self._incomplete(pos, final)
            self.error(ERR_INVALID_TOKEN, pos + 2)
        target = m.group()
        t_end = m.end()
        if t_end < n and buf[t_end] not in " \t\n?":
            self.error(ERR_INVALID_TOKEN, t_end)
        end = buf.find("?>", t_end)
        if end < 0:
            return self._incomplete(pos, final)
        rest = buf[m.end():end]
        if rest and rest[0] not in " \t\n":
            if rest[0] == "?":
                self.error(ERR_INVALID_TOKEN, m.end() + 1)
            self.error(ERR_INVALID_TOKEN, m.end())
        if target.lower() == "xml":
            if target != "xml":
                self.error(ERR_INVALID_TOKEN, m.end())
            if pos != 0:
                self.error(ERR_MISPLACED_XML_PI, pos)
            self._xml_decl(rest, m.end())
            return end + 2
        data = rest.lstrip(" \t\n")
        if self.pi is not None:
            self.pi(target, data)
        return end + 2

    def _xml_decl(self, rest, pos):
        info = {}
        i = 0
        while True:
            m = _decl_attr.match(rest, i)
            if m is None:
                break
            info[m.group(1)] = m.group(2) if m.group(2) is not None else m.group(3)
            i = m.end()
        if rest[i:].strip() or "version" not in info:
            k = i + len(rest[i:]) - len(rest[i:].lstrip())
            m = re.compile(r"(\w+)\s*=\s*").match(rest, k)
            if m is not None and m.group(1) in ("version", "encoding", "standalone"):
                k = m.end()
                if rest[k:k + 1] in ("'", '"'):
                    k += 1
            self.error(ERR_XML_DECL, pos + k)
        standalone = info.get("standalone")
        if standalone is not None:
            if standalone not in ("yes", "no"):
                self.error(ERR_XML_DECL, pos + rest.find(standalone, rest.find("standalone")))
            standalone = 1 if standalone == "yes" else 0
        else:
            standalone = -1
        if self.xmldecl is not None:
            self.xmldecl(info["version"], info.get("encoding"), standalone)

    def _doctype(self, buf, pos, n, final):
        i = pos + 9
        m = _space_re.match(buf, i)
        i = m.end()
        m = _name_re.match(buf, i)
        if m is None:
            if i >= n:
                return self._doctype_incomplete(final, n)
            self.error(ERR_INVALID_TOKEN, i)
        name = m.group()
        i = m.end()
        pubid = sysid = None
        m = _ext_id.match(buf, i)
        if m is not None:
            if m.group(1):
                sysid = m.group(2) if m.group(2) is not None else m.group(3)
            else:
                pubid = m.group(5) if m.group(5) is not None else m.group(6)
                sysid = m.group(7) if m.group(7) is not None else m.group(8)
            i = m.end()
        i = _space_re.match(buf, i).end()
        if i >= n:
            return self._doctype_incomplete(final, n)
        subset = None
        if buf[i] == "[":
            j = i + 1
            while True:
                if j >= n:
                    return self._doctype_incomplete(final, n)
                c = buf[j]
                if c == "]":
                    break
                if c == '"' or c == "'":
                    k = buf.find(c, j + 1)
                    if k < 0:
                        return self._doctype_incomplete(final, n)
                    j = k + 1
                elif buf.startswith("<!--", j):
                    k = buf.find("-->", j + 4)
                    if k < 0:
                        return self._doctype_incomplete(final, n)
                    j = k + 3
                else:
                    j += 1
            subset = buf[i + 1:j]
            i = _space_re.match(buf, j + 1).end()
            if i >= n:
                return self._doctype_incomplete(final, n)
        if buf[i] != ">":
            self.error(ERR_INVALID_TOKEN, i)
        if subset:
            for em in _entity_decl.finditer(subset):
                ename = em.group(1)
                if ename not in self.entities:
                    val = em.group(2) if em.group(2) is not None else em.group(3)
                    self.entities[ename] = self._expand_value(val)
            if "%" in subset:
                self._external_dtd = True
        if sysid is not None:
            self._external_dtd = True
        if self.doctype is not None:
            self.doctype(name, pubid, sysid, subset)
        return i + 1

    def _doctype_incomplete(self, final, n):
        if final:
            self.error(ERR_NO_ELEMENTS, n)
        return _NEED_MORE

    def _expand_value(self, val):
        if "&#" not in val:
            return val
        out = []
        i = 0
        while True:
            j = val.find("&#", i)
            if j < 0:
                out.append(val[i:])
                break
            out.append(val[i:j])
            k = val.find(";", j)
            if k < 0:
                out.append(val[j:])
                break
            ref = val[j + 2:k]
            try:
                code = int(ref[1:], 16) if ref[:1] == "x" else int(ref)
                out.append(chr(code))
            except (ValueError, OverflowError):
                out.append(val[j:k + 1])
            i = k + 1
        return "".join(out)

    def _reference(self, buf, pos, n, final, in_attr):
        """Parse a reference at buf[pos] == '&'.  Returns (text, newpos) or _NEED_MORE."""
        i = pos + 1
        if i >= n:
            return _NEED_MORE
        if buf[i] == "#":
            i += 1
            if i >= n:
                return _NEED_MORE
            if buf[i] == "x":
                i += 1
                m = _hex_digits.match(buf, i)
                base = 16
            else:
                m = _dec_digits.match(buf, i)
                base = 10
            if m is None:
                if i >= n:
                    return _NEED_MORE
                self.error(ERR_INVALID_TOKEN, i)
            j = m.end()
            if j >= n:
                return _NEED_MORE
            if buf[j] != ";":
                self.error(ERR_INVALID_TOKEN, j)
            code = int(m.group(), base)
            if not _valid_char(code):
                self.error(ERR_BAD_CHAR_REF, pos)
            return chr(code), j + 1
        m = _ref_name_re.match(buf, i)
        if m is None:
            if i >= n:
                return _NEED_MORE
            self.error(ERR_INVALID_TOKEN, i)
        j = m.end()
        if j >= n:
            return _NEED_MORE
        if buf[j] != ";":
            self.error(ERR_INVALID_TOKEN, j)
        name = m.group()
        value = PREDEFINED.get(name)
        if value is None:
            value = self.entities.get(name)
            if value is None:
                if self._external_dtd:
                    self.error(ERR_UNDEFINED_ENTITY, pos, "undefined entity &%s;" % name)
                self.error(ERR_UNDEFINED_ENTITY, pos)
        return value, j + 1

    def _start_tag(self, buf, pos, n, final):
        return self._start_tag_slow(buf, pos, n, final)

    def _start_tag_slow(self, buf, pos, n, final):
        m = _name_re.match(buf, pos + 1)
        if m is None:
            if pos + 1 >= n:
                return self._incomplete(pos, final)
            self.error(ERR_INVALID_TOKEN, pos + 1)
        qname = m.group()
        i = m.end()
        if i < n and buf[i] == ":":
            if i + 1 >= n:
                return self._incomplete(pos, final)
            self.error(ERR_INVALID_TOKEN, i + 1)
        attrs = []
        seen = None
        while True:
            j = _space_re.match(buf, i).end()
            if j >= n:
                return self._incomplete(pos, final)
            c = buf[j]
            if c == ">":
                empty = False
                i = j + 1
                break
            if c == "/":
                if j + 1 >= n:
                    return self._incomplete(pos, final)
                if buf[j + 1] != ">":
                    self.error(ERR_INVALID_TOKEN, j + 1)
                empty = True
                i = j + 2
                break
            if j == i:
                self.error(ERR_INVALID_TOKEN, j)
            am = _name_re.match(buf, j)
            if am is None:
                self.error(ERR_INVALID_TOKEN, j)
            aname = am.group()
            k = am.end()
            if k < n and buf[k] == ":":
                if k + 1 >= n:
                    return self._incomplete(pos, final)
                self.error(ERR_INVALID_TOKEN, k + 1)
            k = _space_re.match(buf, k).end()
            if k >= n:
                return self._incomplete(pos, final)
            if buf[k] != "=":
                self.error(ERR_INVALID_TOKEN, k)
            k = _space_re.match(buf, k + 1).end()
            if k >= n:
                return self._incomplete(pos, final)
            q = buf[k]
            if q != '"' and q != "'":
                self.error(ERR_INVALID_TOKEN, k)
            value, i = self._attr_value(buf, k + 1, n, q, final)
            if i == _NEED_MORE:
                return self._incomplete(pos, final)
            if seen is None:
                seen = {aname}
            elif aname in seen:
                self.error(ERR_DUPLICATE_ATTRIBUTE, j)
            else:
                seen.add(aname)
            attrs.append((aname, value))
        return self._open_element(buf, pos, qname, attrs, seen, empty, i)

    def _open_element(self, buf, pos, qname, attrs, seen, empty, i):
        # namespace declarations
        decls = []
        if seen is not None:
            for aname, value in attrs:
                if aname.startswith("xmlns"):
                    if aname == "xmlns":
                        decls.append(("", value))
                    elif aname[5] == ":":
                        prefix = aname[6:]
                        if value == "":
                            self.error(ERR_UNDECLARING_PREFIX, pos)
                        decls.append((prefix, value))
        if decls:
            scope = dict(self._scopes[-1])
            default = self._default_ns[-1]
            for prefix, uri in decls:
                if prefix:
                    scope[prefix] = uri
                else:
                    default = uri or None
            self._scopes.append(scope)
            self._default_ns.append(default)
        else:
            scope = self._scopes[-1]
        if ":" in qname:
            prefix = qname.split(":", 1)[0]
            if prefix not in scope:
                self.error(ERR_UNBOUND_PREFIX, pos)
        if attrs:
            expanded = set()
            for aname, value in attrs:
                if ":" in aname:
                    prefix, local = aname.split(":", 1)
                    if prefix == "xmlns":
                        continue
                    if prefix not in scope:
                        self.error(ERR_UNBOUND_PREFIX, pos)
                    key = (scope[prefix], local)
                    if key in expanded:
                        self.error(ERR_DUPLICATE_ATTRIBUTE, pos)
                    expanded.add(key)
        if self._state == 0:
            self._state = 1
        self._stack.append((qname, decls))
        if self.start is not None:
            self.start(qname, attrs, decls)
        if empty:
            self._close_element()
        return i

    def _attr_value(self, buf, i, n, quote, final):
        end = buf.find(quote, i)
        if end >= 0:
            m = _attr_plain.match(buf, i, end)
            if m is None:
                if i == end:
                    return "", end + 1
            elif m.end() == end and _bad_chars.search(buf, i, end) is None:
                return m.group(), end + 1
            limit = end
        else:
            limit = n
        out = []
        j = i
        while j < limit:
            c = buf[j]
            if c == "&":
                r = self._reference(buf, j, n, final, True)
                if r == _NEED_MORE:
                    return None, _NEED_MORE
                out.append(r[0])
                j = r[1]
            elif c == "<":
                self.error(ERR_INVALID_TOKEN, j)
            elif c == "\t" or c == "\n":
                out.append(" ")
                j += 1
            else:
                k = _attr_plain.match(buf, j, limit).end()
                bad = _bad_chars.search(buf, j, k)
                if bad is not None:
                    self.error(ERR_INVALID_TOKEN, bad.start())
                out.append(buf[j:k])
                j = k
        if end < 0:
            return None, _NEED_MORE
        return "".join(out), end + 1

    def _end_tag(self, buf, pos, n, final):
        fm = _fast_end.match(buf, pos)
        if fm is not None and fm.group(1) == self._stack[-1][0]:
            self._close_element()
            return fm.end()
        m = _name_re.match(buf, pos + 2)
        if m is None:
            if pos + 2 >= n:
                return self._incomplete(pos, final)
            self.error(ERR_INVALID_TOKEN, pos + 2)
        j = _space_re.match(buf, m.end()).end()
        if j >= n or (j + 1 == n and buf[j] == ":"):
            return self._incomplete(pos, final)
        if buf[j] != ">":
            self.error(ERR_INVALID_TOKEN, j)
        if m.group() != self._stack[-1][0]:
            self.error(ERR_TAG_MISMATCH, pos + 2)
        self._close_element()
        return j + 1

    def _close_element(self):
        qname, decls = self._stack.pop()
        if self.end is not None:
            self.end(qname, decls)
        if decls:
            self._scopes.pop()
            self._default_ns.pop()
        if not self._stack:
            self._state = 2

    # ---- namespace helpers for callbacks -------------------------------------------
    def namespace_of(self, qname, is_attr=False):
        """Namespace URI of qname in the current scope (None when unqualified)."""
        if ":" in qname:
            prefix = qname.split(":", 1)[0]
            if prefix == "xmlns":
                return "http://www.w3.org/2000/xmlns/"
            return self._scopes[-1].get(prefix)
        if is_attr:
            if qname == "xmlns":
                return "http://www.w3.org/2000/xmlns/"
            return None
        return self._default_ns[-1]

    def expand(self, qname, is_attr=False):
        """Clark notation {uri}local for qname in the current scope."""
        if ":" in qname:
            prefix, local = qname.split(":", 1)
            return "{%s}%s" % (self._scopes[-1][prefix], local)
        if is_attr:
            return qname
        default = self._default_ns[-1]
        if default:
            return "{%s}%s" % (default, qname)
        return qname
