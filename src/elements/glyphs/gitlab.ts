import { siGitlab } from 'simple-icons';

export default siGitlab.path;
