# Reading standard input line by line (this program's stdin is empty under the test runner).
import sys
lines = [l for l in sys.stdin]
print(lines, sys.stdin.readlines(), sys.stdin.readline() == '')
