"""A minimal DOM Level 2 implementation (Ferrython).

Parsing uses the pure-Python scanner in xml._parser.
"""

import io

import xml.dom
from xml.dom import (EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE,
                     XML_NAMESPACE, HierarchyRequestErr, NotFoundErr,
                     InuseAttributeErr, IndexSizeErr, NotSupportedErr,
                     WrongDocumentErr)

_ELEMENT = xml.dom.Node.ELEMENT_NODE
_ATTRIBUTE = xml.dom.Node.ATTRIBUTE_NODE
_TEXT = xml.dom.Node.TEXT_NODE
_CDATA = xml.dom.Node.CDATA_SECTION_NODE
_ENTREF = xml.dom.Node.ENTITY_REFERENCE_NODE
_PI = xml.dom.Node.PROCESSING_INSTRUCTION_NODE
_COMMENT = xml.dom.Node.COMMENT_NODE
_DOCUMENT = xml.dom.Node.DOCUMENT_NODE
_DOCTYPE = xml.dom.Node.DOCUMENT_TYPE_NODE
_FRAGMENT = xml.dom.Node.DOCUMENT_FRAGMENT_NODE
_NOTATION = xml.dom.Node.NOTATION_NODE
_TEXTLIKE = (_TEXT, _CDATA)


def _write_data(writer, data):
    if data:
        writer.write(data.replace("&", "&amp;").replace("<", "&lt;")
                     .replace('"', "&quot;").replace(">", "&gt;"))


class NodeList(list):
    """A Python list that also speaks the DOM NodeList interface."""
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


class EmptyNodeList(tuple):
    __slots__ = ()

    def item(self, index):
        return None

    @property
    def length(self):
        return 0

    def __add__(self, other):
        result = NodeList()
        result.extend(other)
        return result


class Node(xml.dom.Node):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_PREFIX
    _child_types = ()

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        children = self.childNodes
        return children[0] if children else None

    @property
    def lastChild(self):
        children = self.childNodes
        return children[-1] if children else None

    @property
    def localName(self):
        return None

    def hasChildNodes(self):
        return len(self.childNodes) > 0

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml(indent="", newl="", encoding=encoding, standalone=standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        sink = io.StringIO() if encoding is None else io.TextIOWrapper(
            io.BytesIO(), encoding=encoding, errors="xmlcharrefreplace", newline="\n")
        extra = (encoding, standalone) if self.nodeType == _DOCUMENT else ()
        self.writexml(sink, "", indent, newl, *extra)
        if encoding is None:
            return sink.getvalue()
        sink.flush()
        return sink.detach().getvalue()

    # --- tree manipulation (only for nodes that may have children) ----------
    def _check_child(self, kid):
        if kid.nodeType not in self._child_types:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(kid), repr(self)))

    def _relink(self):
        before = None
        for kid in self.childNodes:
            kid.previousSibling = before
            if before is not None:
                before.nextSibling = kid
            before = kid
        if before is not None:
            before.nextSibling = None

    def appendChild(self, node):
        if node.nodeType == _FRAGMENT:
            for moved in list(node.childNodes):
                self.appendChild(moved)
            return node
        self._check_child(node)
        _detach(node)
        kids = self.childNodes
        tail = kids[-1] if kids else None
        if tail is not None:
            tail.nextSibling = node
        node.previousSibling = tail
        node.nextSibling = None
        kids.append(node)
        node.parentNode = self
        return node

    def insertBefore(self, newChild, refChild):
        fresh, anchor = newChild, refChild
        if anchor is None:
            return self.appendChild(fresh)
        if fresh.nodeType == _FRAGMENT:
            for moved in list(fresh.childNodes):
                self.insertBefore(moved, anchor)
            return fresh
        self._check_child(fresh)
        kids = self.childNodes
        if _position(kids, anchor) < 0:
            raise NotFoundErr()
        _detach(fresh)
        kids.insert(_position(kids, anchor), fresh)
        fresh.parentNode = self
        self._relink()
        return fresh

    def removeChild(self, oldChild):
        gone = oldChild
        kids = self.childNodes
        at = _position(kids, gone)
        if at < 0:
            raise NotFoundErr()
        del kids[at]
        before, after = gone.previousSibling, gone.nextSibling
        if before is not None:
            before.nextSibling = after
        if after is not None:
            after.previousSibling = before
        gone.previousSibling = None
        gone.nextSibling = None
        gone.parentNode = None
        return gone

    def replaceChild(self, newChild, oldChild):
        fresh, gone = newChild, oldChild
        if fresh is gone:
            return None
        if fresh.nodeType == _FRAGMENT:
            anchor = gone.nextSibling
            self.removeChild(gone)
            self.insertBefore(fresh, anchor)
            return gone
        self._check_child(fresh)
        kids = self.childNodes
        if _position(kids, gone) < 0:
            raise NotFoundErr()
        _detach(fresh)
        kids[_position(kids, gone)] = fresh
        fresh.parentNode = self
        gone.parentNode = None
        gone.previousSibling = None
        gone.nextSibling = None
        self._relink()
        return gone

    def normalize(self):
        kept = []
        for kid in self.childNodes:
            kind = kid.nodeType
            if kind == _TEXT:
                if kid.data and kept and kept[-1].nodeType == _TEXT:
                    kept[-1].data += kid.data
                    kid.parentNode = None
                    continue
                if not kid.data:
                    kid.parentNode = None
                    continue
            elif kind == _ELEMENT:
                kid.normalize()
            kept.append(kid)
        self.childNodes[:] = kept
        self._relink()

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def isSameNode(self, other):
        return self is other

    def getInterface(self, feature):
        return self if feature == "minidom" else None

    def unlink(self):
        self.parentNode = None
        self.ownerDocument = None
        for kid in self.childNodes:
            kid.unlink()
        if isinstance(self.childNodes, NodeList):
            del self.childNodes[:]
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()


def _detach(node):
    """Remove node from its current parent, if any."""
    owner = node.parentNode
    if owner is not None:
        owner.removeChild(node)


def _position(kids, wanted):
    """Index of wanted in kids by identity, or -1."""
    for at, kid in enumerate(kids):
        if kid is wanted:
            return at
    return -1


class DocumentFragment(Node):
    nodeType = _FRAGMENT
    nodeName = "#document-fragment"
    nodeValue = None
    attributes = None
    _child_types = (_ELEMENT, _TEXT, _CDATA,
                    _ENTREF, _PI,
                    _COMMENT, _NOTATION)

    def __init__(self):
        self.childNodes = NodeList([])

    def writexml(self, writer, indent="", addindent="", newl=""):
        for part in self.childNodes:
            part.writexml(writer, indent, addindent, newl)


class Attr(Node):
    nodeType = _ATTRIBUTE
    attributes = None
    specified = False
    ownerElement = None
    childNodes = EmptyNodeList(())

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = qName
        self.nodeName = qName
        self.namespaceURI, self._local = namespaceURI, localName
        if prefix is None and ":" in qName:
            prefix = qName.split(":", 1)[0]
        self.prefix = prefix
        self._local = localName
        self.value = ""

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        qualified = self.name
        return qualified[qualified.find(":") + 1:]

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    @property
    def data(self):
        return self.value

    def unlink(self):
        self.ownerElement = None
        Node.unlink(self)

    def __repr__(self):
        return "<DOM Attr: %s at %#x>" % (self.name, id(self))


class NamedNodeMap:
    """Attribute map of an element, in document order."""
    __slots__ = ("_owner",)

    def __init__(self, element):
        self._owner = element

    @property
    def _amap(self):
        return self._owner._amap

    @property
    def length(self):
        return len(self._amap)

    def __len__(self):
        return len(self._amap)

    def item(self, index):
        try:
            return list(self._amap.values())[index]
        except IndexError:
            return None

    def items(self):
        return [(name, attr.value) for name, attr in self._amap.items()]

    def itemsNS(self):
        return [((attr.namespaceURI, attr.localName), attr.value) for attr in self._amap.values()]

    def keys(self):
        table = self._amap
        return table.keys()

    def keysNS(self):
        return [(attr.namespaceURI, attr.localName) for attr in self._amap.values()]

    def values(self):
        table = self._amap
        return table.values()

    def get(self, name, value=None):
        table = self._amap
        return table.get(name, value)

    def __contains__(self, key):
        if type(key) is str or isinstance(key, str):
            return self._amap.__contains__(key)
        return self._owner._find_ns(*key) is not None

    def __getitem__(self, name):
        if isinstance(name, tuple):
            attr = self._owner._find_ns(*name)
            if attr is None:
                raise KeyError(name)
            return attr
        return self._amap[name]

    def __setitem__(self, name, value):
        if type(value) is str or isinstance(value, str):
            self._owner.setAttribute(name, value)
        else:
            self._owner.setAttributeNode(value)

    def __delitem__(self, name):
        self._owner.removeAttribute(name)

    def __iter__(self):
        return iter(self._amap)

    def getNamedItem(self, name):
        return self._amap.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        return self._owner._find_ns(namespaceURI, localName)

    def removeNamedItem(self, name):
        attr = self._amap.get(name)
        if attr is None:
            raise NotFoundErr()
        self._owner.removeAttributeNode(attr)
        return attr

    def setNamedItem(self, node):
        return self._owner.setAttributeNode(node)

    setNamedItemNS = setNamedItem


AttributeList = NamedNodeMap  # older name of the same class


class Element(Node):
    nodeType = _ELEMENT
    nodeValue = None
    _child_types = (_ELEMENT, _PI,
                    _COMMENT, _TEXT, _CDATA,
                    _ENTREF)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = tagName
        self.nodeName = tagName
        self.namespaceURI, self.prefix, self._local = namespaceURI, prefix, localName
        self.childNodes = NodeList([])
        self._amap = {}

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        qualified = self.tagName
        return qualified[qualified.find(":") + 1:]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def unlink(self):
        for attr in self._amap.values():
            attr.unlink()
        self._amap = {}
        Node.unlink(self)

    def _find_ns(self, namespaceURI, localName):
        for attr in self._amap.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr
        return None

    def getAttribute(self, attname):
        attr = self._amap.get(attname)
        return "" if attr is None else attr.value

    def getAttributeNS(self, namespaceURI, localName):
        attr = self._find_ns(namespaceURI, localName)
        return "" if attr is None else attr.value

    def setAttribute(self, attname, value):
        existing = self._amap.get(attname)
        if existing is None:
            self._adopt(Attr(attname), value)
        else:
            existing.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        if ":" in qualifiedName:
            prefix, local = qualifiedName.split(":", 1)
        else:
            prefix, local = None, qualifiedName
        attr = self._find_ns(namespaceURI, local)
        if attr is None:
            self._adopt(Attr(qualifiedName, namespaceURI, local, prefix), value)
        else:
            attr.value = value
            if attr.name != qualifiedName:
                del self._amap[attr.name]
                attr.name = attr.nodeName = qualifiedName
                attr.prefix = prefix
                self._amap[qualifiedName] = attr

    def _adopt(self, attr, value):
        attr.value = value
        attr.ownerDocument, attr.ownerElement = self.ownerDocument, self
        self._amap[attr.name] = attr

    def getAttributeNode(self, attrname):
        found = self._amap.get(attrname)
        return found

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self._find_ns(namespaceURI, localName)

    def setAttributeNode(self, attr):
        holder = attr.ownerElement
        if holder is not None and holder is not self:
            raise InuseAttributeErr("attribute node already owned")
        old = self._amap.get(attr.name)
        if old is attr:
            return None
        self._amap[attr.name] = attr
        attr.ownerElement = self
        if old is not None:
            old.ownerElement = None
        return old

    def setAttributeNodeNS(self, attr):
        return self.setAttributeNode(attr)

    def removeAttribute(self, name):
        try:
            attr = self._amap.pop(name)
        except KeyError:
            raise NotFoundErr() from None
        attr.ownerElement = None

    def removeAttributeNS(self, namespaceURI, localName):
        found = self._find_ns(namespaceURI, localName)
        if found is None:
            raise NotFoundErr()
        self.removeAttributeNode(found)

    def removeAttributeNode(self, node):
        if node is None or self._amap.get(node.name) is not node:
            raise NotFoundErr()
        del self._amap[node.name]
        node.ownerElement = None
        return node

    def removeAttributeNodeNS(self, node):
        return self.removeAttributeNode(node)

    def hasAttribute(self, name):
        return self._amap.__contains__(name)

    def hasAttributeNS(self, namespaceURI, localName):
        return self._find_ns(namespaceURI, localName) is not None

    def hasAttributes(self):
        return bool(self._amap)

    def getElementsByTagName(self, name):
        return _elements_by_name(self, name, NodeList([]))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_ns(self, namespaceURI, localName, NodeList([]))

    def setIdAttribute(self, name):
        pass

    def __repr__(self):
        return f"<DOM Element: {self.tagName} at {id(self):#x}>"

    def writexml(self, writer, indent="", addindent="", newl=""):
        out = writer.write
        name = self.tagName
        out(indent + "<" + name)
        for key, attr in self._amap.items():
            out(" " + key + '="')
            _write_data(writer, attr.value)
            out('"')
        kids = self.childNodes
        if not kids:
            out("/>" + newl)
            return
        out(">")
        if len(kids) == 1 and kids[0].nodeType in _TEXTLIKE:
            kids[0].writexml(writer, "", "", "")
        else:
            out(newl)
            deeper = indent + addindent
            for kid in kids:
                kid.writexml(writer, deeper, addindent, newl)
            out(indent)
        out("</" + name + ">" + newl)


def _elements_by_name(parent, name, found):
    for kid in parent.childNodes:
        if kid.nodeType == _ELEMENT:
            if name == "*" or kid.tagName == name:
                found.append(kid)
            _elements_by_name(kid, name, found)
    return found


def _elements_by_ns(parent, uri, local, found):
    for kid in parent.childNodes:
        if kid.nodeType == _ELEMENT:
            if local in ("*", kid.localName) and uri in ("*", kid.namespaceURI):
                found.append(kid)
            _elements_by_ns(kid, uri, local, found)
    return found


class Childless:
    attributes = None
    childNodes = EmptyNodeList(())

    def appendChild(self, node):
        raise HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise NotFoundErr(self.nodeName + " nodes do not have children")

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass


class CharacterData(Childless, Node):
    def __init__(self, data=""):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        shown = self.data
        more = "..." if len(shown) > 10 else ""
        return f'<DOM {type(self).__name__} node "{shown[:10]!r}{more}">'

    def _check(self, offset, count=0):
        if offset < 0:
            raise IndexSizeErr("offset cannot be negative")
        if offset >= len(self.data):
            raise IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise IndexSizeErr("count cannot be negative")

    def substringData(self, offset, count):
        self._check(offset, count)
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data += arg

    def insertData(self, offset, arg):
        self._check(offset)
        if arg:
            text = self.data
            self.data = text[:offset] + arg + text[offset:]

    def deleteData(self, offset, count):
        self._check(offset, count)
        if count:
            text = self.data
            self.data = text[:offset] + text[offset + count:]

    def replaceData(self, offset, count, arg):
        self.deleteData(offset, count)
        text = self.data
        self.data = text[:offset] + arg + text[offset:]


class Text(CharacterData):
    nodeType = _TEXT
    nodeName = "#text"

    def splitText(self, offset):
        whole = self.data
        if not 0 <= offset <= len(whole):
            raise IndexSizeErr("illegal offset value")
        rest = type(self)(whole[offset:])
        rest.ownerDocument = self.ownerDocument
        if self.parentNode is not None:
            self.parentNode.insertBefore(rest, self.nextSibling)
        self.data = whole[:offset]
        return rest

    @property
    def wholeText(self):
        parts = [self.data]
        walk = self.previousSibling
        while walk is not None and walk.nodeType in _TEXTLIKE:
            parts.insert(0, walk.data)
            walk = walk.previousSibling
        walk = self.nextSibling
        while walk is not None and walk.nodeType in _TEXTLIKE:
            parts.append(walk.data)
            walk = walk.nextSibling
        return "".join(parts)

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, indent + self.data + newl)


class CDATASection(Text):
    nodeType = _CDATA
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        body = self.data
        if "]]>" in body:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[" + body + "]]>")


class Comment(CharacterData):
    nodeType = _COMMENT
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        body = self.data
        if "--" in body:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(indent + "<!--" + body + "-->" + newl)


class ProcessingInstruction(Childless, Node):
    nodeType = _PI

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(f"{indent}<?{self.target} {self.data}?>{newl}")


class DocumentType(Childless, Node):
    nodeType = _DOCTYPE
    nodeValue = None
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = _ReadOnlyMap()
        self.notations = _ReadOnlyMap()
        if qualifiedName:
            self.name = qualifiedName
        self.nodeName = qualifiedName or None

    def writexml(self, writer, indent="", addindent="", newl=""):
        parts = ["<!DOCTYPE ", self.name]
        if self.publicId:
            parts.append(f"{newl}  PUBLIC '{self.publicId}'{newl}  '{self.systemId}'")
        elif self.systemId:
            parts.append(f"{newl}  SYSTEM '{self.systemId}'")
        if self.internalSubset is not None:
            parts.append(" [" + self.internalSubset + "]")
        parts.append(">" + newl)
        writer.write("".join(parts))


class _ReadOnlyMap(list):
    @property
    def length(self):
        return len(self)

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None

    def getNamedItem(self, name):
        for n in self:
            if n.nodeName == name:
                return n
        return None


def _split_qname(qname):
    """(prefix or None, local part) of a qualified name."""
    head, sep, tail = qname.partition(":")
    return (head, tail) if sep else (None, qname)


class DOMImplementation:
    _known = {("core", "1.0"), ("core", "2.0"), ("core", None),
              ("xml", "1.0"), ("xml", "2.0"), ("xml", None),
              ("ls-load", "3.0"), ("ls-load", None)}

    def hasFeature(self, feature, version):
        return (feature.lower(), version or None) in self._known

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise WrongDocumentErr("doctype object owned by another DOM tree")
        made = Document()
        if qualifiedName is None and namespaceURI is None and doctype is None:
            return made
        if not qualifiedName:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        head = _split_qname(qualifiedName)[0]
        if head is not None:
            if head == "xml" and namespaceURI != XML_NAMESPACE:
                raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
            if not namespaceURI:
                raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
        top = made.createElementNS(namespaceURI, qualifiedName)
        if doctype is not None:
            made.appendChild(doctype)
            doctype.ownerDocument = made
        made.appendChild(top)
        made.doctype = doctype
        made.implementation = self
        return made

    def createDocumentType(self, qualifiedName, publicId, systemId):
        made = DocumentType(qualifiedName)
        made.publicId, made.systemId = publicId, systemId
        return made

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(Node):
    nodeType = _DOCUMENT
    nodeName = "#document"
    nodeValue = None
    attributes = None
    parentNode = None
    ownerDocument = None
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    _child_types = (_ELEMENT, _PI, _COMMENT, _DOCTYPE)

    def __init__(self):
        self.implementation = DOMImplementation()
        self.childNodes = NodeList([])

    @property
    def documentElement(self):
        for kid in self.childNodes:
            if kid.nodeType == _ELEMENT:
                return kid
        return None

    def appendChild(self, node):
        kind = node.nodeType
        if kind not in self._child_types and kind != _FRAGMENT:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))
        _detach(node)
        if kind == _ELEMENT and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return super().appendChild(node)

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == _ELEMENT and self.documentElement is not None:
            raise HierarchyRequestErr("two document elements disallowed")
        return super().insertBefore(newChild, refChild)

    def removeChild(self, oldChild):
        gone = super().removeChild(oldChild)
        if gone is self.doctype:
            self.doctype = None
        return gone

    def unlink(self):
        self.doctype = None
        super().unlink()

    def cloneNode(self, deep):
        if not deep:
            return None
        twin = Document()
        twin.encoding, twin.standalone, twin.version = self.encoding, self.standalone, self.version
        for kid in self.childNodes:
            copied = _clone(kid, True, twin)
            twin.childNodes.append(copied)
            copied.parentNode = twin
            if copied.nodeType == _DOCTYPE:
                twin.doctype = copied
        twin._relink()
        return twin

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def _char_node(self, cls, data):
        if type(data) is not str and not isinstance(data, str):
            raise TypeError("node contents must be a string")
        return self._own(cls(data))

    def createTextNode(self, data):
        return self._char_node(Text, data)

    def createCDATASection(self, data):
        return self._char_node(CDATASection, data)

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createElementNS(self, namespaceURI, qualifiedName):
        head, local = _split_qname(qualifiedName)
        return self._own(Element(qualifiedName, namespaceURI, head, local))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        head, local = _split_qname(qualifiedName)
        return self._own(Attr(qualifiedName, namespaceURI, local, head))

    def getElementsByTagName(self, name):
        return _elements_by_name(self, name, NodeList([]))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return _elements_by_ns(self, namespaceURI, localName, NodeList([]))

    def getElementById(self, elementId):
        return None

    def importNode(self, node, deep):
        if node.nodeType == _DOCUMENT:
            raise NotSupportedErr("cannot import document nodes")
        if node.nodeType == _DOCTYPE:
            raise NotSupportedErr("cannot import document type nodes")
        return _clone(node, deep, self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None, standalone=None):
        pseudo = ""
        if encoding:
            pseudo += 'encoding="' + encoding + '"'
        if standalone is not None:
            pseudo += (" " if pseudo else "") + 'standalone="' + ("yes" if standalone else "no") + '"'
        writer.write('<?xml version="1.0" ' + pseudo + "?>" + newl)
        for kid in self.childNodes:
            kid.writexml(writer, indent, addindent, newl)


def _copy_kids(source, target, doc):
    for kid in source.childNodes:
        twin = _clone(kid, True, doc)
        target.childNodes.append(twin)
        twin.parentNode = target
    target._relink()


def _copy_attr(attr):
    twin = Attr(attr.name, attr.namespaceURI, attr._local, attr.prefix)
    twin.value = attr.value
    return twin


def _clone(node, deep, doc):
    kind = node.nodeType
    if kind == _ELEMENT:
        twin = Element(node.tagName, node.namespaceURI, node.prefix, node._local)
        for key, attr in node._amap.items():
            copied = _copy_attr(attr)
            copied.specified = attr.specified
            copied.ownerDocument, copied.ownerElement = doc, twin
            twin._amap[key] = copied
        if deep:
            _copy_kids(node, twin, doc)
    elif kind == _FRAGMENT:
        twin = DocumentFragment()
        if deep:
            _copy_kids(node, twin, doc)
    elif kind in (_TEXT, _CDATA, _COMMENT):
        twin = type(node)(node.data)
    elif kind == _PI:
        twin = ProcessingInstruction(node.target, node.data)
    elif kind == _ATTRIBUTE:
        twin = _copy_attr(node)
        twin.specified = True
    elif kind == _DOCTYPE:
        twin = DocumentType(node.name)
        twin.publicId, twin.systemId = node.publicId, node.systemId
        twin.internalSubset = node.internalSubset
    elif kind == _DOCUMENT:
        return node.cloneNode(deep)
    else:
        raise NotSupportedErr("Cannot clone node %s" % repr(node))
    twin.ownerDocument = doc
    return twin


_impl = DOMImplementation()


def getDOMImplementation(features=None):
    if features:
        if type(features) is str:
            features = [tuple(item.split()) if " " in item else (item, None)
                        for item in features.split(",")]
        for name, version in features:
            if not _impl.hasFeature(name, version):
                return None
    return _impl


# ---------------------------------------------------------------------------
# parsing


class _Builder:
    """Receives scanner callbacks and builds a Document."""

    def __init__(self):
        from xml import _parser
        self._errors = _parser.XMLSyntaxError
        self.scanner = sc = _parser.Scanner()
        self.document = doc = Document()
        self.current = doc
        sc.start = self.start
        sc.end = self.end
        sc.data = self.data
        sc.cdata = self.cdata
        sc.comment = self.comment
        sc.pi = self.pi
        sc.doctype = self.doctype
        sc.xmldecl = self.xmldecl

    def _add(self, node):
        parent = self.current
        children = parent.childNodes
        if children:
            last = children[-1]
            last.nextSibling = node
            node.previousSibling = last
        children.append(node)
        node.parentNode = parent

    def start(self, qname, attrs, decls):
        sc = self.scanner
        doc = self.document
        if ":" in qname:
            prefix, local = qname.split(":", 1)
        else:
            prefix, local = None, qname
        e = Element(qname, sc.namespace_of(qname), prefix, local)
        e.ownerDocument = doc
        if attrs:
            table = e._amap
            ordered = [a for a in attrs if a[0] == "xmlns" or a[0][:6] == "xmlns:"]
            if ordered:
                ordered += [a for a in attrs if not (a[0] == "xmlns" or a[0][:6] == "xmlns:")]
            else:
                ordered = attrs
            for name, value in ordered:
                if ":" in name:
                    aprefix, alocal = name.split(":", 1)
                else:
                    aprefix, alocal = None, name
                a = Attr(name, sc.namespace_of(name, True), alocal, aprefix)
                a.value = value
                a.specified = True
                a.ownerDocument = doc
                a.ownerElement = e
                table[name] = a
        self._add(e)
        self.current = e

    def end(self, qname, decls):
        self.current = self.current.parentNode

    def data(self, text):
        parent = self.current
        if parent is self.document:
            return
        children = parent.childNodes
        if children:
            last = children[-1]
            if last.nodeType == _TEXT:
                last.data = last.data + text
                return
        t = Text(text)
        t.ownerDocument = self.document
        self._add(t)

    def cdata(self, text):
        c = CDATASection(text)
        c.ownerDocument = self.document
        self._add(c)

    def comment(self, text):
        c = Comment(text)
        c.ownerDocument = self.document
        self._add(c)

    def pi(self, target, data):
        p = ProcessingInstruction(target, data)
        p.ownerDocument = self.document
        self._add(p)

    def doctype(self, name, pubid, sysid, subset):
        dt = DocumentType(name)
        dt.publicId = pubid
        dt.systemId = sysid
        dt.internalSubset = subset
        dt.ownerDocument = self.document
        self._add(dt)
        self.document.doctype = dt

    def xmldecl(self, version, encoding, standalone):
        doc = self.document
        doc.version = version
        doc.encoding = encoding
        if standalone >= 0:
            doc.standalone = bool(standalone)

    def feed(self, data, final=False):
        try:
            self.scanner.feed(data, final)
        except self._errors as exc:
            from xml.parsers.expat import ExpatError
            err = ExpatError(exc.msg)
            err.code = exc.code
            err.lineno = exc.lineno
            err.offset = exc.offset
            raise err from None


def parseString(string, parser=None):
    if parser is not None:
        raise NotImplementedError("custom parsers are not supported by Ferrython's minidom")
    b = _Builder()
    b.feed(string, True)
    return b.document


def parse(file, parser=None, bufsize=None):
    if parser is not None:
        raise NotImplementedError("custom parsers are not supported by Ferrython's minidom")
    b = _Builder()
    if hasattr(file, "read"):
        stream = file
        close = False
    else:
        stream = open(file, "rb")
        close = True
    try:
        size = bufsize or 65536
        while True:
            chunk = stream.read(size)
            if not chunk:
                break
            b.feed(chunk)
        b.feed(b"" if b.scanner._decoder is not None or not b.scanner._buf else "", True)
    finally:
        if close:
            stream.close()
    return b.document
