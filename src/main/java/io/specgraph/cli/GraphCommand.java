package io.specgraph.cli;

import io.specgraph.engine.GraphFormats;
import io.specgraph.graph.SpecGraph;
import io.specgraph.graph.SpecGraphFiles;
import io.specgraph.parse.SpecGraphJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code specgraph graph}: write the graph as JSON, DOT, GraphML or spec-graph.json. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Write the spec graph as json, dot, graphml or spec-graph (the spec-graph.json file).")
final class GraphCommand implements Callable<Integer> {

    enum Format { json, dot, graphml, spec_graph }

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOptions workspace;

    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Repo folders (roles detected), or a folder holding a workspace.json. Default: .")
    private List<Path> targets = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "json, dot, graphml or spec-graph.")
    private Format format;

    @Option(names = "--out", paramLabel = "F", description = "Write to F instead of standard output.")
    private Path out;

    @Override
    public Integer call() {
        SpecGraph graph = workspace.load(targets).graph();
        String text = switch (format) {
            case json -> GraphFormats.json(graph);
            case dot -> GraphFormats.dot(graph);
            case graphml -> GraphFormats.graphml(graph);
            case spec_graph -> SpecGraphJson.write(SpecGraphFiles.fromGraph(graph, Set.of()));
        };
        Output.write(text, out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Accepts {@code spec-graph} for the enum constant {@code spec_graph}. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "' (use json, dot, graphml or spec-graph)");
            }
        }
    }
}
