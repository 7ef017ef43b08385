"""W3C Document Object Model support: node type constants and DOM exceptions."""


class Node:
    """Node type constants shared by every DOM node class."""
    __slots__ = ()


_NODE_KINDS = ("ELEMENT ATTRIBUTE TEXT CDATA_SECTION ENTITY_REFERENCE ENTITY "
               "PROCESSING_INSTRUCTION COMMENT DOCUMENT DOCUMENT_TYPE "
               "DOCUMENT_FRAGMENT NOTATION").split()
for _number, _kind in enumerate(_NODE_KINDS, 1):
    setattr(Node, _kind + "_NODE", _number)


class DOMException(Exception):
    """Base class of the DOM exceptions; each subclass carries a code."""

    def __init__(self, *args, **kw):
        if type(self) is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        super().__init__(*args, **kw)

    def _get_code(self):
        return self.code


# (exception class name, code constant name), in code order starting at 1
_ERROR_KINDS = [
    ("IndexSizeErr", "INDEX_SIZE_ERR"),
    ("DomstringSizeErr", "DOMSTRING_SIZE_ERR"),
    ("HierarchyRequestErr", "HIERARCHY_REQUEST_ERR"),
    ("WrongDocumentErr", "WRONG_DOCUMENT_ERR"),
    ("InvalidCharacterErr", "INVALID_CHARACTER_ERR"),
    ("NoDataAllowedErr", "NO_DATA_ALLOWED_ERR"),
    ("NoModificationAllowedErr", "NO_MODIFICATION_ALLOWED_ERR"),
    ("NotFoundErr", "NOT_FOUND_ERR"),
    ("NotSupportedErr", "NOT_SUPPORTED_ERR"),
    ("InuseAttributeErr", "INUSE_ATTRIBUTE_ERR"),
    ("InvalidStateErr", "INVALID_STATE_ERR"),
    ("SyntaxErr", "SYNTAX_ERR"),
    ("InvalidModificationErr", "INVALID_MODIFICATION_ERR"),
    ("NamespaceErr", "NAMESPACE_ERR"),
    ("InvalidAccessErr", "INVALID_ACCESS_ERR"),
    ("ValidationErr", "VALIDATION_ERR"),
]
for _number, (_cls_name, _const_name) in enumerate(_ERROR_KINDS, 1):
    globals()[_const_name] = _number
    globals()[_cls_name] = type(_cls_name, (DOMException,), {"code": _number, "__module__": __name__})
del _number, _kind, _cls_name, _const_name


class UserDataHandler:
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


_W3C = "http://www.w3.org/"
XML_NAMESPACE = _W3C + "XML/1998/namespace"
XMLNS_NAMESPACE = _W3C + "2000/xmlns/"
XHTML_NAMESPACE = _W3C + "1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


def getDOMImplementation(name=None, features=()):
    """Return a DOM implementation; only minidom is available."""
    if name not in (None, "minidom"):
        raise ImportError("no suitable DOM implementation found")
    from xml.dom import minidom
    return minidom.getDOMImplementation(features)
