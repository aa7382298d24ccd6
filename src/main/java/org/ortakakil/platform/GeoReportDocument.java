package org.ortakakil.platform;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document of Open311 GeoReport v2 in the format the path asks for ({@code .json}, else XML, which
 * the specification requires). Content is built once: a map is an element with children in order, a
 * {@link Many} is a list of like elements, anything else is text (null an empty element). JSON follows
 * the specification's Spark convention: a list is an array, the root element's name is dropped. The
 * platform answers errors under {@code /open311/} with it too, in the specification's {@code errors} list.
 */
public final class GeoReportDocument {

	public static final String PATH_PREFIX = "/open311/";

	private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");
	private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");

	/** A list of elements named {@code item}, inside the element that holds it. */
	public record Many(String item, List<?> elements) {

		public Many {
			elements = List.copyOf(elements);
		}
	}

	private GeoReportDocument() {
	}

	public static boolean isOpen311(String path) {
		return path.startsWith(PATH_PREFIX);
	}

	public static boolean wantsJson(String path) {
		return path.endsWith(".json");
	}

	/** The document {@code <root>content</root>}, in the format of the path. */
	public static ResponseEntity<Object> respond(HttpStatusCode status, String path, String root, Object content) {
		if (wantsJson(path)) {
			return ResponseEntity.status(status).contentType(JSON).body(json(content));
		}
		return ResponseEntity.status(status).contentType(XML).body(xml(root, content));
	}

	/** The specification's error list with one error: its code is the HTTP status. */
	public static ResponseEntity<Object> error(HttpStatusCode status, String path, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status.value());
		error.put("description", description);
		return respond(status, path, "errors", new Many("error", List.of(error)));
	}

	/** An element with children, in the order given as name, value, name, value, … */
	public static Map<String, Object> element(Object... namesAndValues) {
		Map<String, Object> element = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			element.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return element;
	}

	static Object json(Object content) {
		if (content instanceof Many many) {
			List<Object> array = new ArrayList<>();
			many.elements().forEach(element -> array.add(json(element)));
			return array;
		}
		if (content instanceof Map<?, ?> map) {
			Map<String, Object> object = new LinkedHashMap<>();
			map.forEach((name, value) -> object.put((String) name, json(value)));
			return object;
		}
		return content;
	}

	static String xml(String root, Object content) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			writer.writeStartDocument("UTF-8", "1.0");
			write(writer, root, content);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("An Open311 document could not be written", e);
		}
		return out.toString();
	}

	private static void write(XMLStreamWriter writer, String name, Object content) throws XMLStreamException {
		writer.writeStartElement(name);
		if (content instanceof Many many) {
			for (Object element : many.elements()) {
				write(writer, many.item(), element);
			}
		}
		else if (content instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> child : map.entrySet()) {
				write(writer, (String) child.getKey(), child.getValue());
			}
		}
		else if (content != null) {
			writer.writeCharacters(String.valueOf(content));
		}
		writer.writeEndElement();
	}
}
