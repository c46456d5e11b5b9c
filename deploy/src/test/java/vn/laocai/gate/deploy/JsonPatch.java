package vn.laocai.gate.deploy;

import java.util.List;
import java.util.Map;

/** JSON Patch (RFC 6902) operations {@code add}, {@code replace} and {@code remove} on a parsed YAML tree. */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(Map<String, Object> document, List<Map<String, Object>> operations) {
        for (Map<String, Object> op : operations) {
            String path = (String) op.get("path");
            String[] tokens = path.substring(1).split("/");
            Object parent = document;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, unescape(tokens[i]), path);
            }
            String last = unescape(tokens[tokens.length - 1]);
            String kind = (String) op.get("op");
            Object value = Kustomize.Yaml2.copy(op.get("value"));
            if (parent instanceof List<?>) {
                List<Object> list = Kustomize.Yaml2.list(parent);
                int index = last.equals("-") ? list.size() : Integer.parseInt(last);
                switch (kind) {
                    case "add" -> list.add(index, value);
                    case "replace" -> list.set(index, value);
                    case "remove" -> list.remove(index);
                    default -> throw new IllegalStateException("JSON patch op '" + kind + "' is not understood");
                }
            } else {
                Map<String, Object> map = Kustomize.Yaml2.map(parent);
                if (!kind.equals("add") && !map.containsKey(last)) {
                    throw new IllegalStateException("JSON patch " + kind + " of " + path + ": no such field");
                }
                switch (kind) {
                    case "add", "replace" -> map.put(last, value);
                    case "remove" -> map.remove(last);
                    default -> throw new IllegalStateException("JSON patch op '" + kind + "' is not understood");
                }
            }
        }
    }

    private static Object child(Object node, String token, String path) {
        Object next = node instanceof List<?> list ? list.get(Integer.parseInt(token)) : Kustomize.Yaml2.map(node).get(token);
        if (next == null) {
            throw new IllegalStateException("JSON patch path " + path + ": '" + token + "' does not exist");
        }
        return next;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
