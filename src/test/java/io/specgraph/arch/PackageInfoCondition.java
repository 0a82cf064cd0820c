package io.specgraph.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Every package holding classes has a {@code package-info.java} that documents it. */
final class PackageInfoCondition extends ArchCondition<JavaClass> {

    PackageInfoCondition() {
        super("live in a package with a package-info");
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        String resource = item.getPackageName().replace('.', '/') + "/package-info.class";
        boolean present = item.reflect().getClassLoader().getResource(resource) != null;
        if (!present) {
            events.add(SimpleConditionEvent.violated(item, item.getPackageName() + " has no package-info.java"));
        }
    }
}
