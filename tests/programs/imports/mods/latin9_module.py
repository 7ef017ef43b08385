#!/usr/bin/env python
# vim: set fileencoding=iso-8859-15 :
# A module saved in ISO-8859-15, declared on its second line (PEP 263).
WORD = "€uro"
CAFE = "café"
