package crosscheck.pipeline;

import crosscheck.cluster.StoryReviser;
import crosscheck.core.Article;
import crosscheck.core.InputFile;
import crosscheck.core.Problem;

/**
 * An {@link ArchiveListener} that tells another one everything: a subclass overrides what it also wants to hear
 * (calling {@code super} to pass it on).
 */
public abstract class ForwardingArchiveListener implements ArchiveListener {

    private final ArchiveListener inner;

    protected ForwardingArchiveListener(ArchiveListener inner) {
        this.inner = inner;
    }

    @Override
    public void started(int files) {
        inner.started(files);
    }

    @Override
    public void article(Article article) {
        inner.article(article);
    }

    @Override
    public void problem(Problem problem) {
        inner.problem(problem);
    }

    @Override
    public void fileDone(InputFile file, int articles) {
        inner.fileDone(file, articles);
    }

    @Override
    public void clustering(int articles) {
        inner.clustering(articles);
    }

    @Override
    public void crossChecking(int stories) {
        inner.crossChecking(stories);
    }

    @Override
    public void phase(Phase phase, int total) {
        inner.phase(phase, total);
    }

    @Override
    public void step(Phase phase) {
        inner.step(phase);
    }

    @Override
    public void filed(Article article, String story, boolean created) {
        inner.filed(article, story, created);
    }

    @Override
    public void alreadyStored(Article article, String storedAs) {
        inner.alreadyStored(article, storedAs);
    }

    @Override
    public void revising(int stories) {
        inner.revising(stories);
    }

    @Override
    public void revised(StoryReviser.Revision revision) {
        inner.revised(revision);
    }

    @Override
    public void checking(int stories, int pending) {
        inner.checking(stories, pending);
    }
}
