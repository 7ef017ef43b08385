"""Core XML support for Ferrython: xml.etree, xml.dom."""
