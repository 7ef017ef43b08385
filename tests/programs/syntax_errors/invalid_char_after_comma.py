import os, ֜ x
