package crosscheck.align;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which sentences only say that someone said nothing (sentences written for these tests). */
class BriefTest {

    private static boolean nonResponse(String s) {
        return Brief.NON_RESPONSE.matcher(s).find();
    }

    @Test
    void recognisesTheWaysNewsSaysSomeoneDidNotComment() {
        assertTrue(nonResponse("The ministry did not immediately respond to a request for comment."));
        assertTrue(nonResponse("Harbor officials declined requests for comment on Friday."));
        assertTrue(nonResponse("Neither Lindqvist nor the port authority in Tellmouth, N.C., immediately responded."));
        assertTrue(nonResponse("Her lawyer declined to comment."));
    }

    @Test
    void aStatementIsNotANonResponse() {
        assertFalse(nonResponse("The ministry said the contract was lawful."));
        assertFalse(nonResponse("The port authority responded to the flood within hours."));
    }
}
