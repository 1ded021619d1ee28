import { siGithub } from 'simple-icons';

export default siGithub.path;
