package org.otmilestones.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes otm's bash completion script ({@code otm_completion}) and its man page ({@code otm.1}) from the
 * commands themselves, so they never drift from {@code --help}; the build runs it, and neither is committed.
 */
public final class CommandLineDocs {

    private CommandLineDocs() {
    }

    /**
     * Writes both files into the folder named by the first argument.
     *
     * @param args the output folder
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("args must name the output folder, was " + List.of(args));
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        CommandLine otm = new CommandLine(new Otm());
        Files.writeString(dir.resolve("otm_completion"), AutoComplete.bash("otm", otm), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("otm.1"), manPage(otm), StandardCharsets.UTF_8);
    }

    /** The man page in roff: every command with its synopsis, description and options. */
    static String manPage(CommandLine otm) {
        StringBuilder page = new StringBuilder();
        CommandSpec top = otm.getCommandSpec();
        String version = String.join(", ", new Otm.Version().getVersion());
        page.append(".TH OTM 1 \"\" \"").append(roff(version)).append("\" \"OT Milestones\"\n");
        page.append(".SH NAME\notm \\- ").append(roff(top.usageMessage().description()[0])).append('\n');
        page.append(".SH SYNOPSIS\n.B otm\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n");
        page.append(".SH DESCRIPTION\n");
        lines(page, top.usageMessage().description());
        page.append(".SH OPTIONS\n");
        options(page, top);
        page.append(".SH COMMANDS\n");
        List<CommandLine> open = new ArrayList<>(otm.getSubcommands().values());
        while (!open.isEmpty()) {
            CommandLine command = open.remove(0);
            CommandSpec spec = command.getCommandSpec();
            page.append(".SS ").append(roff(spec.qualifiedName())).append('\n');
            page.append(".nf\n").append(roff(command.getHelp().synopsis(0).strip())).append("\n.fi\n");
            lines(page, spec.usageMessage().description());
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                page.append(".TP\n\\fI").append(roff(parameter.paramLabel())).append("\\fR\n");
                lines(page, parameter.description());
            }
            options(page, spec);
            lines(page, spec.usageMessage().footer());
            open.addAll(0, command.getSubcommands().values());
        }
        page.append(".SH EXIT STATUS\n");
        lines(page, top.usageMessage().footer());
        page.append(".SH SEE ALSO\nThe docs folder of OT Milestones, starting with docs/commands.md.\n");
        return page.toString();
    }

    private static void options(StringBuilder page, CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            page.append(".TP\n\\fB").append(roff(String.join(", ", option.names()))).append("\\fR");
            if (option.arity().max() > 0) {
                page.append(" \\fI").append(roff(option.paramLabel())).append("\\fR");
            }
            page.append('\n');
            lines(page, option.description());
        }
    }

    private static void lines(StringBuilder page, String[] lines) {
        for (String line : lines) {
            page.append(line.isBlank() ? ".sp" : roff(line)).append('\n');
        }
    }

    /** Text as roff shows it: backslashes and hyphens escaped, and no line taken for a request. */
    static String roff(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
