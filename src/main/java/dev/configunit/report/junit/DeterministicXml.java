package dev.configunit.report.junit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Makes the JUnit Platform's legacy XML the same bytes for the same scan, and free of the JVM's properties.
 *
 * <p>The writer stamps wall-clock times, durations and the host name, lists every system property (a user's
 * {@code -D} could hold anything), dates each report entry, and orders test cases by hash. This keeps its
 * structure and replaces those: fixed epoch timestamps, zero durations, {@code localhost}, no properties, and
 * test cases sorted by class name, then name.
 */
final class DeterministicXml {

    static final String TIMESTAMP = "1970-01-01T00:00:00";
    private static final Pattern ENTRY_TIMESTAMP = Pattern.compile("(Report Entry #\\d+) \\(timestamp: [^)]*\\)");
    /** The platform's unique id of a test names the scanned file by its absolute URI: a machine path. */
    private static final Pattern UNIQUE_ID_LINE = Pattern.compile("(?m)^unique-id: .*\\R");

    private DeterministicXml() {
    }

    static String normalize(String xml) throws IOException {
        Document document = parse(xml);
        Element suite = document.getDocumentElement();
        suite.setAttribute("time", "0");
        suite.setAttribute("timestamp", TIMESTAMP);
        suite.setAttribute("hostname", "localhost");
        List<Element> cases = new ArrayList<>();
        for (Node child = suite.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals("testcase")) {
                cases.add(element);
            }
        }
        removeElements(suite, "properties");
        clean(suite);
        for (Element testcase : cases) {
            testcase.setAttribute("time", "0");
            clean(testcase);
        }
        reorder(suite, cases);
        return serialize(document);
    }

    /**
     * Drops the timestamps the platform writes into report entries (findings below the fail-on level), and the
     * unique-id lines, whose absolute file URIs would differ between checkouts.
     */
    private static void clean(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element output && output.getTagName().equals("system-out")) {
                for (Node text = output.getFirstChild(); text != null; text = text.getNextSibling()) {
                    if (text instanceof CharacterData data) {
                        String withoutIds = UNIQUE_ID_LINE.matcher(data.getData()).replaceAll("");
                        data.setData(ENTRY_TIMESTAMP.matcher(withoutIds).replaceAll("$1"));
                    }
                }
            }
        }
    }

    /** Puts the test cases in class-name, then name order, where the first of them was. */
    private static void reorder(Element suite, List<Element> cases) {
        if (cases.isEmpty()) {
            return;
        }
        Node anchor = cases.get(cases.size() - 1).getNextSibling();
        while (anchor != null && anchor.getNodeType() == Node.TEXT_NODE && anchor.getNodeValue().isBlank()) {
            anchor = anchor.getNextSibling();
        }
        List<Element> sorted = new ArrayList<>(cases);
        sorted.sort(Comparator.comparing((Element e) -> e.getAttribute("classname"))
                .thenComparing(e -> e.getAttribute("name")));
        for (Element testcase : cases) {
            Node next = testcase.getNextSibling();
            if (next != null && next.getNodeType() == Node.TEXT_NODE && next.getNodeValue().isBlank()) {
                suite.removeChild(next);
            }
            suite.removeChild(testcase);
        }
        for (Element testcase : sorted) {
            suite.insertBefore(testcase, anchor);
            suite.insertBefore(suite.getOwnerDocument().createTextNode("\n"), anchor);
        }
    }

    private static void removeElements(Element parent, String name) {
        List<Node> doomed = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                doomed.add(element);
                Node next = element.getNextSibling();
                if (next != null && next.getNodeType() == Node.TEXT_NODE && next.getNodeValue().isBlank()) {
                    doomed.add(next);
                }
            }
        }
        doomed.forEach(parent::removeChild);
    }

    private static Document parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setCoalescing(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the JUnit Platform wrote XML that cannot be read back: " + e.getMessage(), e);
        }
    }

    private static String serialize(Document document) throws IOException {
        try {
            document.setXmlStandalone(true);
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            String xml = out.toString();
            // The JDK writes the declaration and the root on one line.
            return xml.replaceFirst("^(<\\?xml[^>]*\\?>)(?!\\n)", "$1\n") + (xml.endsWith("\n") ? "" : "\n");
        } catch (TransformerException e) {
            throw new IOException("cannot write the JUnit XML: " + e.getMessage(), e);
        }
    }
}
