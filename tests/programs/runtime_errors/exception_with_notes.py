def validate(record):
    try:
        if 'id' not in record:
            raise KeyError('id')
    except KeyError as e:
        e.add_note(f'while validating record {record!r}')
        e.add_note('records must have an id')
        raise

validate({'name': 'x'})
