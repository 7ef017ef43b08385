def validate(data):
    problems = []
    for key in ('name', 'age'):
        if key not in data:
            problems.append(KeyError(key))
    if problems:
        raise ExceptionGroup('validation failed', problems)

validate({'name': 'x', 'age': 3})
print('first record ok')
validate({})
