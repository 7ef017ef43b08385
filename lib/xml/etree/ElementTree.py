"""Lightweight XML element tree (Ferrython implementation).

Parsing is done by the pure-Python scanner in xml._parser.
"""

import io
import re
import sys
from collections import deque

from xml import _parser
from xml.etree import ElementPath as _xpath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """Raised when XML input is not well-formed."""


def iselement(element):
    return hasattr(element, "tag")


def _is_dict(value):
    return isinstance(value, dict)


def _check_element(value):
    if not isinstance(value, Element):
        raise TypeError('expected an Element, not "%s"' % type(value).__name__)


class Element:
    """An XML element with a tag, attributes, text, tail and children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, *args, **extra):
        if args:
            if len(args) > 1:
                raise TypeError("Element() takes at most 2 positional arguments (%d given)" % (len(args) + 1))
            attrib = args[0]
            if not _is_dict(attrib):
                raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        elif "attrib" in extra:
            attrib = extra.pop("attrib")
            if not _is_dict(attrib):
                raise TypeError("attrib must be dict, not %s" % type(attrib).__name__)
        else:
            attrib = {}
        self.tag = tag
        self.attrib = dict(attrib, **extra)
        self._kids = []

    def __repr__(self):
        return f"<{type(self).__name__} {self.tag!r} at {id(self):#x}>"

    def makeelement(self, tag, attrib):
        return type(self)(tag, attrib)

    def __copy__(self):
        dup = self.makeelement(self.tag, self.attrib)
        dup.text, dup.tail = self.text, self.tail
        dup._kids = list(self._kids)
        return dup

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem._kids = [copy.deepcopy(c, memo) for c in self._kids]
        return elem

    def __len__(self):
        return self._kids.__len__()

    def __bool__(self):
        import warnings
        warnings.warn(
            "Testing an element's truth value will always return True in "
            "future versions.  Use specific 'len(elem)' or 'elem is not None' test instead.",
            DeprecationWarning, stacklevel=2)
        return len(self._kids) != 0

    def __getitem__(self, key):
        kids = self._kids
        if type(key) is slice:
            return kids[key]
        try:
            return kids[key]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, key, value):
        if type(key) is slice:
            value = list(value)
            for item in value:
                _check_element(item)
        else:
            _check_element(value)
        self._kids[key] = value

    def __delitem__(self, key):
        kids = self._kids
        del kids[key]

    def __iter__(self):
        return iter(self._kids)

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("append() argument 1 must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        self._kids += [subelement]

    def extend(self, elements):
        for e in elements:
            _check_element(e)
            self._kids.append(e)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        kids = self._kids
        kids.insert(index, subelement)

    def remove(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("remove() argument must be xml.etree.ElementTree.Element, not %s"
                            % type(subelement).__name__)
        for i, c in enumerate(self._kids):
            if c is subelement:
                del self._kids[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return _xpath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return _xpath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return _xpath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return _xpath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib = {}
        self._kids = []
        self.text = None
        self.tail = None

    def get(self, key, default=None):
        found = self.attrib.get(key, default)
        return found

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        attrs = self.attrib
        return attrs.keys()

    def items(self):
        attrs = self.attrib
        return attrs.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        stack = [self]
        while stack:
            e = stack.pop()
            if tag is None or e.tag == tag:
                yield e
            children = e._kids
            if children:
                stack.extend(reversed(children))

    def itertext(self):
        if self.text:
            yield self.text
        for c in self._kids:
            yield from c.itertext()
            if c.tail:
                yield c.tail


def SubElement(parent, tag, *args, **extra):
    if args:
        attrib = args[0]
        if not _is_dict(attrib):
            raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    elif "attrib" in extra:
        attrib = extra.pop("attrib")
        if not _is_dict(attrib):
            raise TypeError("attrib must be dict, not %s" % type(attrib).__name__)
    else:
        attrib = {}
    child = parent.makeelement(tag, dict(attrib, **extra))
    parent.append(child)
    return child


def Comment(text=None):
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    node = Element(ProcessingInstruction)
    node.text = f"{target} {text}" if text else target
    return node


PI = globals()["ProcessingInstruction"]


class QName:
    """A qualified name in {uri}local form, serialized with a prefix."""

    def __init__(self, text_or_uri, tag=None):
        self.text = f"{{{text_or_uri}}}{tag}" if tag else text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._other(other)

    def __ne__(self, other):
        return self.text != self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __le__(self, other):
        return self.text <= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)


# ---------------------------------------------------------------------------
# ElementTree wrapper


class ElementTree:
    """A whole document: a root element plus parse/write helpers."""

    def __init__(self, element=None, file=None):
        if element is not None and not iselement(element):
            raise TypeError("expected an Element, not %s" % type(element).__name__)
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        if not iselement(element):
            raise TypeError("expected an Element, not %s" % type(element).__name__)
        self._root = element

    def parse(self, source, parser=None):
        stream, owned = _input_stream(source)
        try:
            feeder = XMLParser() if parser is None else parser
            for block in iter(lambda: stream.read(65536), b""):
                if not block:
                    break
                feeder.feed(block)
            root = feeder.close()
        finally:
            if owned:
                stream.close()
        self._root = root
        return root

    def iter(self, tag=None):
        root = self._root
        return root.iter(tag)

    def _fix_path(self, path):
        if path[:1] == "/":
            import warnings
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed "
                "in a future version.  If you rely on the current behaviour, "
                "change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._fix_path(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._fix_path(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._fix_path(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._fix_path(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        method = method or "xml"
        if method not in _METHODS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        lowered = encoding.lower()
        if xml_declaration is None:
            xml_declaration = lowered not in ("utf-8", "us-ascii", "unicode")
        with _Output(file_or_filename, encoding) as write:
            if method == "xml" and xml_declaration:
                shown = "utf-8" if lowered == "unicode" else encoding
                write("<?xml version='1.0' encoding='%s'?>\n" % shown)
            _serialize(write, self._root, method, default_namespace, short_empty_elements)

    def write_c14n(self, file):
        raise NotImplementedError("C14N serialization is not supported by Ferrython's ElementTree")


def _input_stream(source):
    """(readable binary/text stream, whether we opened it ourselves)."""
    if hasattr(source, "read"):
        return source, False
    return open(source, "rb"), True


class _Output:
    """Context manager giving a write(str) callable for a file, path or stream."""

    def __init__(self, target, encoding):
        self.target = target
        self.encoding = encoding
        self.owned = None
        self.pending = None

    def __enter__(self):
        target = self.target
        enc = self.encoding
        text_mode = enc.lower() == "unicode"
        if not hasattr(target, "write"):
            self.owned = open(target, "w", encoding="utf-8" if text_mode else enc,
                              errors="xmlcharrefreplace")
            return self.owned.write
        if text_mode:
            return target.write
        if isinstance(target, io.TextIOBase):
            def write(s):
                target.write(s.encode(enc, "xmlcharrefreplace").decode(enc))
            return write
        self.pending = []
        return self.pending.append

    def __exit__(self, *exc):
        if self.pending is not None:
            data = "".join(self.pending).encode(self.encoding, "xmlcharrefreplace")
            self.target.write(data)
        if self.owned is not None:
            self.owned.close()
        return False


# ---------------------------------------------------------------------------
# serialization

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    stale = [u for u, p in _namespace_map.items() if u == uri or p == prefix]
    for u in stale:
        del _namespace_map[u]
    _namespace_map[uri] = prefix


def _cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _collect_namespaces(root, default_namespace=None):
    """Return (names, decls): names maps each tag/attribute name used in the tree
    to its serialized form; decls maps namespace URI -> chosen prefix."""
    names = {None: None}
    decls = {}
    if default_namespace:
        decls[default_namespace] = ""

    def qualify(name):
        if not isinstance(name, str):
            _cannot_serialize(name)
        if name[:1] != "{":
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            names[name] = name
            return
        end = name.rfind("}")
        ns_uri = name[1:end]
        local = name[end + 1:]
        pfx = decls.get(ns_uri)
        if pfx is None:
            pfx = _namespace_map.get(ns_uri)
            if pfx is None:
                pfx = "ns" + str(len(decls))
            if pfx != "xml":
                decls[ns_uri] = pfx
        names[name] = pfx + ":" + local if pfx else local

    for node in root.iter():
        tag = node.tag
        if type(tag) is QName or isinstance(tag, QName):
            tag = tag.text
        elif tag is Comment or tag is ProcessingInstruction:
            tag = None
        if tag not in names:
            qualify(tag)
        for key, value in node.attrib.items():
            if isinstance(key, QName):
                key = key.text
            if key not in names:
                qualify(key)
            if isinstance(value, QName) and value.text not in names:
                qualify(value.text)
        if isinstance(node.text, QName) and node.text.text not in names:
            qualify(node.text.text)
    return names, decls


_TEXT_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}
_ATTR_ESCAPES = dict(_TEXT_ESCAPES)
_ATTR_ESCAPES.update({ord('"'): "&quot;", ord("\r"): "&#13;", ord("\n"): "&#10;", ord("\t"): "&#09;"})
_HTML_ATTR_ESCAPES = {ord("&"): "&amp;", ord(">"): "&gt;", ord('"'): "&quot;"}


def _escape(value, table):
    if isinstance(value, str):
        return value.translate(table)
    _cannot_serialize(value)


def _escape_cdata(text):
    return _escape(text, _TEXT_ESCAPES)


def _escape_attrib(text):
    return _escape(text, _ATTR_ESCAPES)


def _escape_attrib_html(text):
    return _escape(text, _HTML_ATTR_ESCAPES)


HTML_EMPTY = frozenset(
    "area base basefont br col embed frame hr img input isindex link meta param source track wbr".split())


class _Serializer:
    """Writes an element tree as XML or HTML through a write(str) callable."""

    def __init__(self, write, names, decls, html, short_empty):
        self.write = write
        self.names = names
        self.decls = decls
        self.html = html
        self.short_empty = short_empty
        self.attr_table = _HTML_ATTR_ESCAPES if html else _ATTR_ESCAPES

    def declarations(self):
        out = self.write
        for ns_uri, pfx in sorted(self.decls.items(), key=lambda pair: pair[1]):
            attr = "xmlns:" + pfx if pfx else "xmlns"
            out(' %s="%s"' % (attr, _escape(ns_uri, _ATTR_ESCAPES)))

    def node(self, elem, outermost):
        out = self.write
        tag = elem.tag
        text = elem.text
        if tag is Comment:
            out("<!--%s-->" % (_escape(text, _TEXT_ESCAPES) if self.html else text))
        elif tag is ProcessingInstruction:
            out("<?%s?>" % (_escape(text, _TEXT_ESCAPES) if self.html else text))
        else:
            name = self.names[tag.text if isinstance(tag, QName) else tag]
            if name is None:
                if text:
                    out(_escape(text, _TEXT_ESCAPES))
                for kid in elem:
                    self.node(kid, False)
            else:
                self.start_tag(elem, name, outermost)
                if self.html:
                    self.html_body(elem, name, text)
                elif text or len(elem) or not self.short_empty:
                    out(">")
                    if text:
                        if isinstance(text, QName):
                            text = self.names[text.text]
                        out(_escape(text, _TEXT_ESCAPES))
                    for kid in elem:
                        self.node(kid, False)
                    out("</" + name + ">")
                else:
                    out(" />")
        if elem.tail:
            out(_escape(elem.tail, _TEXT_ESCAPES))

    def start_tag(self, elem, name, outermost):
        out = self.write
        out("<" + name)
        if outermost and self.decls:
            self.declarations()
        names = self.names
        for key, value in elem.attrib.items():
            if isinstance(key, QName):
                key = key.text
            if isinstance(value, QName):
                value = names[value.text]
            else:
                value = _escape(value, self.attr_table)
            out(' %s="%s"' % (names[key], value))

    def html_body(self, elem, name, text):
        out = self.write
        out(">")
        lowered = name.lower()
        if text:
            out(text if lowered in ("script", "style") else _escape(text, _TEXT_ESCAPES))
        for kid in elem:
            self.node(kid, False)
        if lowered not in HTML_EMPTY:
            out("</" + name + ">")


def _serialize(write, root, method, default_namespace, short_empty):
    if method == "text":
        for piece in root.itertext():
            write(piece)
        if root.tail:
            write(root.tail)
        return
    if method == "c14n":
        raise NotImplementedError("C14N serialization is not supported by Ferrython's ElementTree")
    names, decls = _collect_namespaces(root, default_namespace)
    _Serializer(write, names, decls, method == "html", short_empty).node(root, True)


_METHODS = ("xml", "html", "text", "c14n")


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    as_text = encoding == "unicode" or encoding is str
    sink = io.StringIO() if as_text else io.BytesIO()
    ElementTree(element).write(sink, "unicode" if as_text else encoding,
                               xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return sink.getvalue()


class _ChunkList(list):
    def write(self, s):
        self.append(s)

    def writable(self):
        return True


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    options = dict(xml_declaration=xml_declaration, default_namespace=default_namespace,
                   short_empty_elements=short_empty_elements)
    if encoding == "unicode" or encoding is str:
        chunks = _ChunkList()
        ElementTree(element).write(chunks, "unicode", method=method, **options)
        return list(chunks)
    return [tostring(element, encoding, method, **options)]


def dump(elem):
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(sys.stdout, encoding="unicode")
    last = tree.getroot().tail
    if not last or not last.endswith("\n"):
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %d" % level)
    if len(tree) == 0:
        return
    prefixes = ["\n" + space * level]

    def blank(s):
        return s is None or s.strip() == ""

    def walk(elem, depth):
        while len(prefixes) <= depth + 1:
            prefixes.append(prefixes[-1] + space)
        inner = prefixes[depth + 1]
        if blank(elem.text):
            elem.text = inner
        kid = None
        for kid in elem:
            if len(kid):
                walk(kid, depth + 1)
            if blank(kid.tail):
                kid.tail = inner
        if kid.tail.strip() == "":
            kid.tail = prefixes[depth]

    walk(tree, 0)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonicalize() is not supported by Ferrython's ElementTree")


class C14NWriterTarget:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("C14NWriterTarget is not supported by Ferrython's ElementTree")


# ---------------------------------------------------------------------------
# parsing


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class TreeBuilder:
    """Builds an element tree from start/end/data/comment/pi calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._make = element_factory or Element
        self._make_comment = comment_factory or Comment
        self._make_pi = pi_factory or ProcessingInstruction
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._open = []          # elements whose end tag is still pending
        self._chunks = []        # character data not yet assigned
        self._latest = None      # element that receives pending data
        self._as_tail = False    # pending data is the tail (not the text) of _latest
        self._first = None

    def close(self):
        if self._open:
            raise AssertionError("missing end tags")
        if self._first is None:
            raise AssertionError("missing toplevel element")
        return self._first

    def _settle(self):
        chunks = self._chunks
        if not chunks:
            return
        target = self._latest
        if target is not None:
            joined = chunks[0] if len(chunks) == 1 else "".join(chunks)
            if self._as_tail:
                target.tail = joined
            else:
                target.text = joined
        self._chunks = []

    def data(self, data):
        self._chunks.append(data)

    def start(self, tag, attrs):
        self._settle()
        node = self._make(tag, attrs)
        stack = self._open
        if stack:
            stack[-1].append(node)
        elif self._first is None:
            self._first = node
        stack.append(node)
        self._latest = node
        self._as_tail = False
        return node

    def end(self, tag):
        self._settle()
        node = self._open.pop()
        self._latest = node
        self._as_tail = True
        return node

    def comment(self, text):
        node = self._make_comment(text)
        if self.insert_comments:
            self._place(node)
        return node

    def pi(self, target, text=None):
        node = self._make_pi(target, text)
        if self.insert_pis:
            self._place(node)
        return node

    def _place(self, node):
        self._settle()
        self._latest = node
        self._as_tail = True
        if self._open:
            self._open[-1].append(node)


class XMLParser:
    """Feed-style XML parser delivering events to a target (TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        self._scanner = sc = _parser.Scanner()
        if target is None:
            target = TreeBuilder()
        self.target = target
        self._encoding = encoding
        self.version = "Expat 2.5.0"
        self.entity = {}
        self._names = {}
        self._events = None
        self._t_start = getattr(target, "start", None)
        self._t_end = getattr(target, "end", None)
        self._t_data = getattr(target, "data", None)
        self._t_comment = getattr(target, "comment", None)
        self._t_pi = getattr(target, "pi", None)
        self._t_start_ns = getattr(target, "start_ns", None)
        self._t_end_ns = getattr(target, "end_ns", None)
        self._t_doctype = getattr(target, "doctype", None)
        self._install()

    def _install(self):
        sc = self._scanner
        ev = self._events
        sc.start = self._on_start
        sc.end = self._on_end
        sc.data = self._t_data
        sc.comment = self._t_comment if ev is None or "comment" not in ev else self._on_comment
        sc.pi = self._t_pi if ev is None or "pi" not in ev else self._on_pi
        sc.doctype = self._on_doctype if self._t_doctype is not None else None

    def _setevents(self, queue, events):
        self._queue = queue
        self._events = set(events)
        self._install()

    def _on_doctype(self, name, pubid, sysid, subset):
        self._t_doctype(name, pubid, sysid)

    def _fixname(self, qname, is_attr):
        if ":" not in qname and not is_attr:
            key = (qname, self._scanner._default_ns[-1])
        else:
            key = (qname, is_attr, self._scanner.namespace_of(qname, is_attr))
        name = self._names.get(key)
        if name is None:
            name = self._scanner.expand(qname, is_attr)
            self._names[key] = name
        return name

    def _on_start(self, qname, attrs, decls):
        ev = self._events
        if decls:
            for prefix, uri in decls:
                if self._t_start_ns is not None:
                    self._t_start_ns(prefix, uri)
                if ev is not None and "start-ns" in ev:
                    self._queue.append(("start-ns", (prefix, uri)))
        if self._t_start is None:
            return
        tag = self._fixname(qname, False)
        attrib = {}
        for name, value in attrs:
            if name[:5] == "xmlns" and (len(name) == 5 or name[5] == ":"):
                continue
            attrib[self._fixname(name, True)] = value
        elem = self._t_start(tag, attrib)
        if ev is not None and "start" in ev:
            self._queue.append(("start", elem))

    def _on_end(self, qname, decls):
        ev = self._events
        if self._t_end is not None:
            elem = self._t_end(self._fixname(qname, False))
            if ev is not None and "end" in ev:
                self._queue.append(("end", elem))
        if decls:
            for prefix, uri in reversed(decls):
                if self._t_end_ns is not None:
                    self._t_end_ns(prefix)
                if ev is not None and "end-ns" in ev:
                    self._queue.append(("end-ns", None))

    def _on_comment(self, text):
        if self._t_comment is not None:
            self._queue.append(("comment", self._t_comment(text)))

    def _on_pi(self, target, data):
        if self._t_pi is not None:
            self._queue.append(("pi", self._t_pi(target, data)))

    def _raise(self, exc):
        err = ParseError(exc.msg)
        err.code = exc.code
        err.position = (exc.lineno, exc.offset)
        raise err from None

    def feed(self, data):
        try:
            if self._encoding and isinstance(data, (bytes, bytearray)) and self._scanner._decoder is None:
                import codecs
                self._scanner._decoder = codecs.getincrementaldecoder(self._encoding)()
            self._scanner.feed(data)
        except _parser.XMLSyntaxError as exc:
            self._raise(exc)

    def close(self):
        try:
            self._scanner.feed("" if self._scanner._decoder is None else b"", True)
        except _parser.XMLSyntaxError as exc:
            self._raise(exc)
        close = getattr(self.target, "close", None)
        if close is not None:
            return close()
        return None

    def flush(self):
        pass


def _parse_all(pieces, parser):
    feeder = XMLParser() if parser is None else parser
    for piece in pieces:
        feeder.feed(piece)
    return feeder.close()


def XML(text, parser=None):
    return _parse_all((text,), parser)


fromstring = XML


def XMLID(text, parser=None):
    root = _parse_all((text,), parser)
    by_id = {}
    for node in root.iter():
        ident = node.get("id")
        if ident:
            by_id[ident] = node
    return root, by_id


def fromstringlist(sequence, parser=None):
    return _parse_all(sequence, parser)


_EVENT_NAMES = ("start", "end", "start-ns", "end-ns", "comment", "pi")


class XMLPullParser:
    """Non-blocking parser: feed data, then read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._pending = deque()
        self._parser = XMLParser() if _parser is None else _parser
        wanted = ("end",) if events is None else events
        for name in wanted:
            if name not in _EVENT_NAMES:
                raise ValueError("unknown event %r" % name)
        self._parser._setevents(self._pending, wanted)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            self._parser.feed(data)
        except SyntaxError as exc:
            self._pending.append(exc)

    def _finish(self):
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        self._finish()

    def flush(self):
        pass

    def read_events(self):
        pending = self._pending
        while pending:
            event = pending.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


class _IterParser:
    """Iterator returned by iterparse(); .root is set once parsing is done."""

    def __init__(self, pull, stream, owned):
        self.root = None
        self._steps = self._produce(pull, stream, owned)

    def _produce(self, pull, stream, owned):
        try:
            while True:
                yield from pull.read_events()
                block = stream.read(16384)
                if not block:
                    break
                pull.feed(block)
            done = pull._finish()
            yield from pull.read_events()
            self.root = done
        finally:
            if owned:
                stream.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)


def iterparse(source, events=None, parser=None):
    pull = XMLPullParser(events=events, _parser=parser)
    stream, owned = _input_stream(source)
    return _IterParser(pull, stream, owned)
