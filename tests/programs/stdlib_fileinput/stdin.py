import fileinput, sys
# stdin is /dev/null while blessing: '-' reads nothing
fi = fileinput.FileInput(['-'])
print(list(fi), fi.filename(), fi.isstdin())
fi = fileinput.FileInput([])
print(list(fi), fi.filename(), fi.lineno())
sys.argv[1:] = []
print(list(fileinput.input()), fileinput.filename())
fileinput.close()
