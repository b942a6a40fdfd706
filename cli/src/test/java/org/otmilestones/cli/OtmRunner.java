package org.otmilestones.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs otm in-process and captures what it prints. */
record OtmRunner(int exitCode, String out, String err) {

    static OtmRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Otm.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new OtmRunner(code, out.toString(), err.toString());
    }
}
