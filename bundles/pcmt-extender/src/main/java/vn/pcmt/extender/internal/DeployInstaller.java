package vn.pcmt.extender.internal;

import java.io.File;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pcmt.api.PlanException;
import vn.pcmt.api.PlanLoader;

/**
 * Teaches FileInstall the {@code *.plan.json} files of the deploy folder: a file dropped there is loaded, a changed
 * file reloaded (the old plan stays if the new one is invalid), a deleted file's plan removed. Plan bundle jars in
 * the folder need nothing from here: FileInstall installs and starts them and the extender sees them.
 */
@Component(service = ArtifactInstaller.class)
public final class DeployInstaller implements ArtifactInstaller {
    private static final Logger LOG = LoggerFactory.getLogger(DeployInstaller.class);
    private final PlanExtender extender;

    @Activate
    public DeployInstaller(@Reference PlanLoader loader) {
        this.extender = (PlanExtender) loader;
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(".plan.json");
    }

    @Override
    public void install(File artifact) {
        try {
            extender.deploy(artifact.toPath());
        } catch (PlanException e) {
            LOG.error("Plan file {} in the deploy folder was not loaded:\n{}", artifact, e.getMessage());
        }
    }

    @Override
    public void update(File artifact) {
        try {
            extender.redeploy(artifact.toPath());
        } catch (PlanException e) {
            LOG.error("Changed plan file {} was not reloaded; the previous version stays:\n{}", artifact,
                    e.getMessage());
        }
    }

    @Override
    public void uninstall(File artifact) {
        extender.undeploy(artifact.toPath());
    }
}
