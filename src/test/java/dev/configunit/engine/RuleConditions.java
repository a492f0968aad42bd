package dev.configunit.engine;

import java.util.List;
import org.assertj.core.api.Condition;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.Event;

/**
 * AssertJ conditions on the engine's events, by rule id and credential file rather than by unique-id text
 * (where {@code /} and {@code :} are encoded).
 */
final class RuleConditions {

    private RuleConditions() {
    }

    /** The event of the test of rule {@code ruleId}, in any source. */
    static Condition<Event> rule(String ruleId) {
        return new Condition<>(event -> ruleIdOf(event.getTestDescriptor()).equals(ruleId), "test of rule %s", ruleId);
    }

    /** The rule id of a rule descriptor, or {@code ""} for any other node. */
    static String ruleIdOf(TestDescriptor descriptor) {
        List<UniqueId.Segment> segments = descriptor.getUniqueId().getSegments();
        UniqueId.Segment last = segments.get(segments.size() - 1);
        return last.getType().equals(RuleDescriptor.SEGMENT) ? last.getValue() : "";
    }
}
