"""botocore's service models: which operations exist, how inputs arrive, what is valid.

Everything the emulator knows about request shapes comes from the JSON models that ship
with botocore (`botocore/data/<service>/<version>/service-2.json.gz`), so a client that
satisfies the emulator satisfies the same constraints AWS publishes.
"""

import difflib
import functools
import re
from urllib.parse import unquote

import botocore.loaders
import botocore.model

NO_AUTH = "smithy.api#noAuth"
_LABEL = re.compile(r"\{(\w+)(\+?)\}")
_PYTHON_TYPES = {
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "long": (int,),
    "double": (int, float),
    "float": (int, float),
    "list": (list,),
    "structure": (dict,),
    "map": (dict,),
    "timestamp": (int, float, str),
    "blob": (str,),
}
_SHOWN_VALUE_LIMIT = 80


class ValidationFailure(Exception):
    """An input broke one or more model constraints; the message is AWS's wording."""

    def __init__(self, errors):
        self.errors = errors
        count = len(errors)
        plural = "error" if count == 1 else "errors"
        super().__init__(f"{count} validation {plural} detected: " + "; ".join(errors))


@functools.lru_cache(maxsize=None)
def shared_loader():
    """One botocore loader for every model: it lists botocore's data folders once, not per service."""
    return botocore.loaders.create_loader()


class Service:
    """One botocore service model plus the operations the emulator implements."""

    def __init__(self, botocore_name, implemented):
        data = shared_loader().load_service_model(botocore_name, "service-2")
        self.model = botocore.model.ServiceModel(data, service_name=botocore_name)
        self.implemented = tuple(implemented)
        self.signing_name = self.model.signing_name
        self._routes = [
            (self.model.operation_model(name), _route_pattern(name, self.model))
            for name in self.implemented
        ]

    def operation(self, name):
        """The botocore OperationModel for an implemented operation, else None."""
        if name not in self.implemented:
            return None
        return self.model.operation_model(name)

    def route(self, method, raw_path):
        """Match a REST request; returns (OperationModel, {label: decoded value}) or None."""
        for operation, (route_method, pattern) in self._routes:
            match = pattern.fullmatch(raw_path)
            if match and method == route_method:
                return operation, {k: unquote(v) for k, v in match.groupdict().items()}
        return None


def requires_signature(operation):
    """False only for operations modelled as unsigned (smithy.api#noAuth)."""
    return NO_AUTH not in (operation.auth or [])


def _route_pattern(name, model):
    """A regex over the raw (still percent-encoded) path for a REST operation's URI."""
    http = model.operation_model(name).http
    template = http["requestUri"].split("?")[0]
    parts = []
    position = 0
    for match in _LABEL.finditer(template):
        parts.append(re.escape(template[position:match.start()]))
        body = ".+" if match.group(2) else "[^/]+"
        parts.append(f"(?P<{match.group(1)}>{body})")
        position = match.end()
    parts.append(re.escape(template[position:]))
    return http["method"], re.compile("".join(parts))


# ---------------------------------------------------------------------------------------
# Input decoding: rest-json (labels, query string, JSON body) and query (form fields).


def rest_json_input(operation, labels, query_pairs, body, header=lambda name: None):
    """Assemble a rest-json operation's input from its labels, query string, headers
    (`header(name)` gives a received header's value or None) and JSON body (the whole body
    is the `payload` member when the input names one, as signin's `tokenInput`).

    A body key naming a label or query-string member is an error, not a silent override.
    """
    shape = operation.input_shape
    payload = shape.serialization.get("payload") if shape else None
    params = {payload: dict(body)} if payload and body else dict(body)
    errors = []
    for name, member in (shape.members.items() if shape else ()):
        location = member.serialization.get("location")
        wire_name = member.serialization.get("name", name)
        if location and name in body:
            errors.append(f"Member '{name}' belongs in the request {location}, "
                          "not in the JSON body")
        if location == "uri" and wire_name in labels:
            params[name] = labels[wire_name]
        elif location == "querystring":
            values = [v for k, v in query_pairs if k == wire_name]
            if values:
                params[name] = _scalar(member, values[-1], _coral_name(name), errors)
        elif location == "header" and header(wire_name) is not None:
            params[name] = _scalar(member, header(wire_name), _coral_name(name), errors)
    if errors:
        raise ValidationFailure(errors)
    return params


def query_input(shape, fields, prefix=""):
    """Decode query-protocol form fields (`Name.member.N.Field`) into a nested dict.

    Returns (params, used_keys); unknown keys are those the caller did not see used.
    """
    params, used, errors = {}, set(), []
    for name, member in shape.members.items():
        key = prefix + member.serialization.get("name", name)
        value, keys = _query_member(member, fields, key, errors)
        used |= keys
        if value is not None:
            params[name] = value
    if errors:
        raise ValidationFailure(errors)
    return params, used


def _query_member(shape, fields, key, errors):
    if shape.type_name == "structure":
        value, used = query_input(shape, fields, key + ".")
        return (value or None), used
    if shape.type_name == "list":
        item_prefix = key + ".member."
        indices = sorted({int(k[len(item_prefix):].split(".")[0]) for k in fields
                          if k.startswith(item_prefix)
                          and k[len(item_prefix):].split(".")[0].isdigit()})
        items, used = [], set()
        for index in indices:
            item, keys = _query_member(shape.member, fields, f"{item_prefix}{index}", errors)
            items.append(item)
            used |= keys
        return (items or None), used
    if key in fields:
        return _scalar(shape, fields[key], _coral_name(key), errors), {key}
    return None, set()


def _scalar(shape, text, path, errors):
    """Convert a textual (query string / form) value to the member's type."""
    if shape.type_name in ("integer", "long"):
        try:
            return int(text)
        except ValueError:
            errors.append(f"Value '{text}' at '{path}' failed to satisfy constraint: "
                          "Member must be an integer")
            return None
    if shape.type_name == "boolean":
        if text not in ("true", "false"):
            errors.append(f"Value '{text}' at '{path}' failed to satisfy constraint: "
                          "Member must be true or false")
            return None
        return text == "true"
    return text


# ---------------------------------------------------------------------------------------
# Validation against the model's constraints, with Coral-style messages.


def validate(shape, value):
    """Check a decoded input against its shape; raises ValidationFailure listing every
    broken constraint (required, unknown members, types, enums, lengths, ranges, patterns).
    """
    errors = []
    if shape is not None:
        _check_structure(shape, value, "", errors)
    elif value:
        errors.append("This operation takes no input members")
    if errors:
        raise ValidationFailure(errors)


def _check(shape, value, path, errors):
    expected = _PYTHON_TYPES.get(shape.type_name, (object,))
    if isinstance(value, bool) and bool not in expected:
        expected = ()
    if not isinstance(value, expected):
        errors.append(f"Value at '{path}' failed to satisfy constraint: "
                      f"Member must be of type {shape.type_name}")
        return
    if shape.type_name == "structure":
        _check_structure(shape, value, path + ".", errors)
    elif shape.type_name == "list":
        _check_length(shape, value, len(value), path, errors)
        for index, item in enumerate(value, start=1):
            if item is not None:
                _check(shape.member, item, f"{path}.{index}.member", errors)
    elif shape.type_name == "map":
        _check_length(shape, value, len(value), path, errors)
        for key, item in value.items():
            _check(shape.key, key, f"{path}.key", errors)
            _check(shape.value, item, f"{path}.{key}", errors)
    elif shape.type_name == "string":
        _check_string(shape, value, path, errors)
    elif shape.type_name in ("integer", "long", "double", "float"):
        _check_range(shape, value, path, errors)


def _check_structure(shape, value, prefix, errors):
    if not isinstance(value, dict):
        errors.append(f"Value at '{prefix.rstrip('.') or 'input'}' failed to satisfy "
                      "constraint: Member must be an object")
        return
    for name in shape.required_members:
        if value.get(name) is None:
            errors.append(f"Value null at '{prefix}{_coral_name(name)}' failed to satisfy "
                          "constraint: Member must not be null")
    for name, item in value.items():
        member = shape.members.get(name)
        if member is None:
            errors.append(_unknown_member(name, shape, prefix))
        elif item is not None:
            _check(member, item, prefix + _coral_name(name), errors)


def _unknown_member(name, shape, prefix):
    where = prefix.rstrip(".") or shape.name
    message = f"Unknown member '{name}' in '{where}'"
    close = difflib.get_close_matches(name, list(shape.members), n=1)
    if not close:
        close = [m for m in shape.members if m.lower() == name.lower()]
    if close:
        message += f" (did you mean '{close[0]}'?)"
    return message


def _check_string(shape, value, path, errors):
    enum = shape.enum
    if enum and value not in enum:
        errors.append(f"{_shown(shape, value)} at '{path}' failed to satisfy constraint: "
                      f"Member must satisfy enum value set: [{', '.join(enum)}]")
        return
    _check_length(shape, value, len(value), path, errors)
    pattern = _pattern(shape.metadata.get("pattern"))
    if pattern is not None and not pattern.fullmatch(value):
        errors.append(f"{_shown(shape, value)} at '{path}' failed to satisfy constraint: "
                      f"Member must satisfy regular expression pattern: "
                      f"{shape.metadata['pattern']}")


def _check_length(shape, value, length, path, errors):
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    if low is not None and length < low:
        errors.append(f"{_shown(shape, value)} at '{path}' failed to satisfy constraint: "
                      f"Member must have length greater than or equal to {low}")
    if high is not None and length > high:
        errors.append(f"{_shown(shape, value)} at '{path}' failed to satisfy constraint: "
                      f"Member must have length less than or equal to {high}")


def _check_range(shape, value, path, errors):
    low, high = shape.metadata.get("min"), shape.metadata.get("max")
    if low is not None and value < low:
        errors.append(f"Value '{value}' at '{path}' failed to satisfy constraint: "
                      f"Member must have value greater than or equal to {low}")
    if high is not None and value > high:
        errors.append(f"Value '{value}' at '{path}' failed to satisfy constraint: "
                      f"Member must have value less than or equal to {high}")


@functools.lru_cache(maxsize=None)
def _pattern(source):
    """Compile a model pattern. AWS (Java) matches the whole value, `\\w` is ASCII-only;
    patterns Python cannot compile are skipped rather than guessed at."""
    if source is None:
        return None
    try:
        return re.compile(source, re.ASCII)
    except re.error:
        return None


def _shown(shape, value):
    """`Value 'x'` as Coral prints it; sensitive values are never echoed."""
    if shape.metadata.get("sensitive"):
        return "Value"
    text = "[" + ", ".join(map(str, value)) + "]" if isinstance(value, list) else str(value)
    if len(text) > _SHOWN_VALUE_LIMIT:
        text = text[:_SHOWN_VALUE_LIMIT] + "..."
    return f"Value '{text}'"


def _coral_name(name):
    """Coral reports member paths with a lower-case first letter (`websiteURL`)."""
    return name[:1].lower() + name[1:]
